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

  // "全部就绪 🎉" alone, to a customer with an overdue order, read as all being well; "额度还剩多少" saw the limit alone.
  it('once enabled, says what is still owed on the orders it knows, and whether one is overdue', () => {
    const orders = richContext().orders!;
    const owed = orders.filter((o) => ['delivered', 'overdue', 'in_transit'].includes(o.status));
    const total = owed.reduce((sum, o) => sum + o.amount, 0);
    const { activity } = statusTurn();
    expect(activity.text).toContain(`还没付款的订单：${owed.length} 笔`);
    expect(activity.text).toContain(total.toFixed(2));
    expect(activity.text).toContain(orders.some((o) => o.status === 'overdue') ? '已经逾期' : '共');
    const settled = statusTurn(richContext({ orders: orders.map((o) => ({ ...o, status: 'paid' as const })) }));
    expect(settled.activity.text).not.toContain('还没付款');
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
