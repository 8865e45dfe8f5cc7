// QA over HTTP at the English order list (personas 5 and 6), and the Chinese alike: answers from the customer's own orders,
// the list kept.
import { atOrderList, useE2e } from './harness';

const h = useE2e();

describe('13800000005 at the order list', () => {
  test.each([
    ['en-US', 'can i return the shoes? they hurt', "can't start a return for it in this chat", 'Talk to a person'],
    ['zh-CN', '鞋子能退吗 穿着脚疼', '没法在这里申请退货', '转人工客服'],
  ] as const)('%s %j: the paid shoes cannot go back here; the shop\'s after-sales, and a person', async (locale, words, notHere, person) => {
    await atOrderList(h(), '13800000005', locale);
    await h().say(words);
    expect(h().text).toContain(notHere);
    expect(h().buttons).toContain(person);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
  });

  test.each([
    ['en-US', 'when do I have to pay for the shoes', '"Running shoes 跑步鞋" is paid already'],
    ['zh-CN', '鞋子什么时候付款', '「Running shoes 跑步鞋」已经付过款了'],
  ] as const)('%s %j: the shoes are paid', async (locale, words, paid) => {
    await atOrderList(h(), '13800000005', locale);
    await h().say(words);
    expect(h().text).toContain(paid);
    expect(h().text).not.toContain('Rice cooker 电饭煲" is');
  });

  test('"how much do i owe in total?": the earbuds\' sum and date, the rice cooker paid after it arrives', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().say('how much do i owe in total?');
    expect(h().text).toContain('Orders to pay now: 1, ¥299.00 in all');
    expect(h().text).toMatch(/"Wireless earbuds 无线耳机" ¥299\.00, by \d{4}-\d{2}-\d{2}/);
    expect(h().text).toContain('"Rice cooker 电饭煲" is still on its way');
  });

  test.each([
    ['en-US', 'thanks! which one is due soonest?'],
    ['zh-CN', '哪个最先到期'],
  ] as const)('%s %j: the earbuds, due first, and when', async (locale, words) => {
    await atOrderList(h(), '13800000005', locale);
    await h().say(words);
    expect(h().text).toMatch(/Wireless earbuds 无线耳机.{0,20}\d{4}-\d{2}-\d{2}/);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
  });

  test.each([
    ['en-US', 'what if i dont confirm the earbuds by the due date', 'overdue'],
    ['zh-CN', '耳机到期不确认会怎样', '逾期'],
  ] as const)('%s %j: the earbuds overdue after their date, and what that does', async (locale, words, overdue) => {
    await atOrderList(h(), '13800000005', locale);
    await h().say(words);
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    expect(h().text).toContain(overdue);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
  });
});

describe('13800000006 (an overdue lamp) at the order list', () => {
  test.each([
    ['en-US', 'is my credit ruined now?', '"Desk lamp 台灯"', 'passed it'],
    ['zh-CN', '我的信用是不是完了', '「Desk lamp 台灯」', '已经通过了'],
  ] as const)('%s %j: the overdue lamp, paid soon to limit the harm; not the credit check passed', async (locale, words, lamp, passed) => {
    await atOrderList(h(), '13800000006', locale);
    await h().say(words);
    expect(h().text).toContain(lamp);
    expect(h().text).not.toContain(passed);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
  });
});
