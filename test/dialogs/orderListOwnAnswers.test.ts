// What the order list answers about the customer's own orders: a paid one asked to go back or when to pay, the sum owed
// and where it comes from, the first date due, a date missed, and credit feared with an order overdue.
import type { Notice } from '../../machines/context';
import type { Topic } from '../../machines/events';
import type { Locale } from '../../dialogs/messages';
import { actionsOf, orders, render, richContext, textOf } from './fixtures';

const LIST = 'flow.purchase.showingOrders';
/** Earbuds to pay by 2026-12-10, a rice cooker on its way, shoes paid (persona 5). */
const noneOverdue = richContext({ orders: orders.filter((o) => o.status !== 'overdue'), orderId: undefined });
const asked = (topic: Topic, locale: Locale, orderId?: string, context = noneOverdue) => {
  const notice: Notice = orderId === undefined ? { id: 'topic', topic } : { id: 'topic', topic, orderId };
  const activities = render(LIST, locale, context, [notice]);
  return { text: textOf(activities.slice(0, 1)), buttons: actionsOf(activities).map((a) => a.title) };
};

describe('a paid order asked whether it can go back', () => {
  it.each([
    ['en-US', '"Running shoes 跑步鞋" is already paid', 'Talk to a person'],
    ['zh-CN', '「Running shoes 跑步鞋」已经付过款了', '转人工客服'],
  ] as const)('%s: not in this chat, the shop\'s after-sales on its order page, and a person', (locale, paid, person) => {
    const { text, buttons } = asked('returnWhyNot', locale, 'JD3');
    expect(text).toContain(paid);
    expect(text).toMatch(locale === 'en-US' ? /after-sales help on its page in the shop app/ : /商城App里这笔订单的页面申请/);
    expect(text).not.toMatch(/^(?:Because|因为)/);
    expect(buttons).toContain(person);
  });
});

describe('when to pay for one named order', () => {
  it.each([['en-US', '"Running shoes 跑步鞋" is paid already'], ['zh-CN', '「Running shoes 跑步鞋」已经付过款了']] as const)(
    '%s: the paid shoes are paid, no other order\'s date',
    (locale, paid) => {
      const { text } = asked('dueDate', locale, 'JD3');
      expect(text).toContain(paid);
      expect(text).not.toContain('earbuds');
      expect(text).not.toContain('Rice cooker');
    },
  );

  it('the rice cooker on its way: nothing to pay until it arrives', () => {
    expect(asked('dueDate', 'en-US', 'JD2').text).toContain('"Rice cooker 电饭煲" is still on its way, so there\'s nothing to pay yet');
  });
});

describe('the sum owed', () => {
  it.each([
    ['en-US', 'Orders to pay now: 1, ¥299.00 in all', '"Rice cooker 电饭煲" is still on its way'],
    ['zh-CN', '现在要付的一共 ¥299.00（1 笔）', '「Rice cooker 电饭煲」还在路上'],
  ] as const)('%s: the total, the order it comes from with its date, and the one on its way paid after it arrives', (locale, total, coming) => {
    const { text } = asked('amountDue', locale);
    expect(text).toContain(total);
    expect(text).toContain('Wireless earbuds 无线耳机');
    expect(text).toContain('2026-12-10');
    expect(text).toContain(coming);
    expect(text).not.toContain('Running shoes');
  });
});

describe('the first date due', () => {
  it.each([['en-US'], ['zh-CN']] as const)('%s: the earbuds and their date; an overdue order first when there is one', (locale) => {
    const { text } = asked('dueFirst', locale);
    expect(text).toContain('Wireless earbuds 无线耳机');
    expect(text).toContain('2026-12-10');
    const withOverdue = asked('dueFirst', locale, undefined, richContext({ orderId: undefined })).text;
    expect(withOverdue).toContain('Desk lamp 台灯');
    expect(withOverdue).not.toContain('Wireless earbuds');
  });

  it('nothing to pay: said so', () => {
    const paid = richContext({ orders: orders.map((o) => ({ ...o, status: 'paid' as const })), orderId: undefined });
    expect(asked('dueFirst', 'en-US', undefined, paid).text).toContain('Nothing to pay');
  });
});

describe('a named order\'s due date missed', () => {
  it.each([['en-US', /overdue/, /credit record/], ['zh-CN', /逾期/, /信用记录/]] as const)(
    '%s: that order, its date, overdue after it and the credit record, pay or return before',
    (locale, overdue, credit) => {
      const { text } = asked('missedDueDate', locale, 'JD1');
      expect(text).toContain('Wireless earbuds 无线耳机');
      expect(text).toContain('2026-12-10');
      expect(text).toMatch(overdue);
      expect(text).toMatch(credit);
      expect(text).toMatch(locale === 'en-US' ? /return/ : /退货/);
    },
  );
});
