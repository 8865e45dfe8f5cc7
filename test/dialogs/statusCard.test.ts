// The status card shows each onboarding condition as done, not yet, or unknown, as a card and as text.
import type { Attachment } from 'botbuilder';
import { account, LOCALES, render, richContext } from './fixtures';
import { initialContext } from '../../machines/context';

type Fact = { title: string; value: string };
const cardOf = (attachment: Attachment) =>
  attachment.content as { version: string; fallbackText?: string; body: Array<{ type: string; facts?: Fact[]; text?: string }> };

function statusTurn(context = richContext()) {
  const [activity] = render('flow.purchase.menu', 'zh-CN', context, [{ id: 'statusCard' }]);
  const attachment = activity.attachments![0];
  const facts = cardOf(attachment).body.find((b) => b.type === 'FactSet')!.facts!;
  // What a channel without cards shows: the card's fallback text (the activity's text is only a lead-in to the card).
  const summary = cardOf(attachment).fallbackText ?? '';
  return { activity, attachment, summary, marks: facts.map((f) => [...f.value][0]) };
}

describe('status card', () => {
  it('is an Adaptive Card 1.3 with a text summary for text-only channels', () => {
    const { activity, attachment, summary } = statusTurn();
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardOf(attachment).version).toBe('1.3');
    expect(activity.locale).toBe('zh-CN');
    expect(summary).toContain('PLUS');
  });

  // Web Chat and the Emulator show an activity's text and its card: with the summary as text, the status showed twice.
  it.each(LOCALES)('says the status once where cards show: its text is a short lead-in, the checklist only in the card (%s)', (locale) => {
    const [activity] = render('flow.purchase.menu', locale, richContext(), [{ id: 'statusCard' }]);
    expect(activity.text).not.toMatch(/[✅❌❔]/u);
    expect(activity.text).not.toContain('PLUS');
    expect(activity.text!.length).toBeLessThan(40);
    expect(cardOf(activity.attachments![0]).fallbackText).toMatch(/✅.*PLUS/u);
  });

  // «❌ 先用后付已开通» said the opposite of its mark.
  it.each<['zh-CN' | 'en-US', string, string, string]>([
    ['zh-CN', '❌ 先用后付未开通', '❌ 未实名认证', '先用后付已开通'],
    ['en-US', '❌ Pay later not on yet', '❌ Real-name not verified yet', 'Pay later turned on'],
  ])('in text, a step not done reads as not done (%s)', (locale, payLater, realName, contradiction) => {
    const context = richContext({ account: account({ realName: { verified: false }, payLater: { enabled: false } }) });
    const [activity] = render('flow.purchase.menu', locale, context, [{ id: 'statusCard' }]);
    const summary = cardOf(activity.attachments![0]).fallbackText!;
    expect(summary).toContain(payLater);
    expect(summary).toContain(realName);
    expect(summary).not.toContain(`❌ ${contradiction}`);
  });

  // "全部就绪 🎉" alone, to a customer with an overdue order, read as all being well; "额度还剩多少" saw the limit alone.
  it('once enabled, says what is owed now on the orders it knows, and whether one is overdue', () => {
    const orders = richContext().orders!;
    const { summary } = statusTurn();
    // The delivered earbuds and the overdue lamp of the fixtures; the rice cooker on its way is not owed yet.
    expect(summary).toContain('现在要付的订单：2 笔，共 ¥388.00');
    expect(summary).toContain('已经逾期');
    const settled = statusTurn(richContext({ orders: orders.map((o) => ({ ...o, status: 'paid' as const })) }));
    expect(settled.summary).not.toContain('要付');
    expect(settled.summary).not.toContain('在路上');
  });

  // The card said "2 笔" owed where "还有什么要付的吗" said 1: it counted the rice cooker still on its way.
  it.each(LOCALES)('counts what is due as the amount-due answer does, and orders on their way apart, paid only after they arrive (%s)', (locale) => {
    const context = richContext({ orders: richContext().orders!.filter((o) => o.status !== 'overdue') });
    const [card] = render('flow.purchase.menu', locale, context, [{ id: 'statusCard' }]);
    const [amountDue] = render('flow.purchase.showingOrders', locale, context, [{ id: 'topic', topic: 'amountDue' }]);
    const texts = cardOf(card.attachments![0]).body.flatMap((b) => (b.text ? [b.text] : []));
    const [due, coming] = locale === 'zh-CN' ? ['现在要付的订单：1 笔，共 ¥299.00', '还在路上的订单：1 笔，到货以后再付'] : ['Orders to pay now: 1, ¥299.00 in all', 'Orders on their way: 1, nothing to pay until they arrive and you\'re happy with them'];
    for (const text of [cardOf(card.attachments![0]).fallbackText!, texts.join('\n')]) {
      expect(text).toContain(due);
      expect(text).toContain(coming);
    }
    expect(amountDue.text).toContain('¥299.00');
    expect(amountDue.text).toContain(locale === 'zh-CN' ? '（1 笔）' : 'Orders to pay now: 1,');
  });

  it('once enabled, says the limit ("额度是多少" is a status question); before, it does not', () => {
    const enabled = statusTurn();
    expect(enabled.summary).toContain('当前额度：¥5,000.00');
    expect(cardOf(enabled.attachment).body.map((b) => b.text)).toContain('当前额度：¥5,000.00。');
    const notYet = statusTurn(richContext({ account: account({ payLater: { enabled: false } }) }));
    expect(notYet.summary).not.toContain('额度');
  });

  it('shows login, PLUS, real-name, credit and pay-later in order', () => {
    const context = richContext({ account: account({ realName: { verified: false }, payLater: { enabled: false } }) });
    const { marks, summary } = statusTurn(context);
    expect(marks).toEqual(['✅', '✅', '❌', '✅', '❌']);
    expect(summary.match(/[✅❌❔]/gu)).toEqual(['✅', '✅', '❌', '✅', '❌']);
    expect(summary).toContain('实名认证');
  });

  it('marks what is not known yet as unknown before login', () => {
    const { marks } = statusTurn(initialContext());
    expect(marks).toEqual(['❌', '❔', '❔', '❔', '❔']);
  });

  it('says when everything is ready', () => {
    const all = statusTurn(richContext());
    expect(all.marks).toEqual(['✅', '✅', '✅', '✅', '✅']);
    expect(all.summary).toContain('🎉');
  });
});
