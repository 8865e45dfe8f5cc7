// The status card shows each onboarding condition as done, not yet, or unknown, as a card and as text.
import type { Attachment } from 'botbuilder';
import { account, render, richContext } from './fixtures';
import { initialContext } from '../../machines/context';

type Fact = { title: string; value: string };
const cardOf = (attachment: Attachment) =>
  attachment.content as { version: string; body: Array<{ type: string; facts?: Fact[]; text?: string }> };

function statusTurn(context = richContext()) {
  const [activity] = render('flow.purchase.menu', 'zh-CN', context, [{ id: 'statusCard' }]);
  const attachment = activity.attachments![0];
  const facts = cardOf(attachment).body.find((b) => b.type === 'FactSet')!.facts!;
  return { activity, attachment, marks: facts.map((f) => [...f.value][0]) };
}

describe('status card', () => {
  it('is an Adaptive Card 1.3 with a text summary for text-only channels', () => {
    const { activity, attachment } = statusTurn();
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardOf(attachment).version).toBe('1.3');
    expect(activity.locale).toBe('zh-CN');
    expect(activity.text).toContain('PLUS');
  });

  it('once enabled, says the limit ("额度是多少" is a status question); before, it does not', () => {
    const enabled = statusTurn();
    expect(enabled.activity.text).toContain('当前额度：¥5,000.00');
    expect(cardOf(enabled.attachment).body.map((b) => b.text)).toContain('当前额度：¥5,000.00。');
    const notYet = statusTurn(richContext({ account: account({ payLater: { enabled: false } }) }));
    expect(notYet.activity.text).not.toContain('额度');
  });

  it('shows login, PLUS, real-name, credit and pay-later in order', () => {
    const context = richContext({ account: account({ realName: { verified: false }, payLater: { enabled: false } }) });
    const { marks, activity } = statusTurn(context);
    expect(marks).toEqual(['✅', '✅', '❌', '✅', '❌']);
    expect(activity.text!.match(/[✅❌❔]/gu)).toEqual(['✅', '✅', '❌', '✅', '❌']);
    expect(activity.text).toContain('实名认证');
  });

  it('marks what is not known yet as unknown before login', () => {
    const { marks } = statusTurn(initialContext());
    expect(marks).toEqual(['❌', '❔', '❔', '❔', '❔']);
  });

  it('says when everything is ready', () => {
    const all = statusTurn(richContext());
    expect(all.marks).toEqual(['✅', '✅', '✅', '✅', '✅']);
    expect(all.activity.text).toContain('🎉');
  });
});
