// The order list over HTTP: shown in full when it comes, when its orders change and when it is asked for again; after an
// answer that leaves it as it was, a short line with the same order buttons (persona 5 got the whole list five times).
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, useE2e } from './harness';

const h = useE2e();
const LIST = 'flow.purchase.showingOrders';
const EARBUDS = 'Wireless earbuds 无线耳机';
const RICE_COOKER = 'Rice cooker 电饭煲';
const PAY_EARBUDS = `确认收货并付款 · ${EARBUDS}`;

/** The whole list is in the replies: its header and a line per order. */
const listShown = (text: string, header = zhCN['orders.header']): boolean =>
  text.includes(header) && text.includes(`1. ${EARBUDS}`) && text.includes(`2. ${RICE_COOKER}`);

describe('persona 5 (13800000005, three orders) at the list', () => {
  test('the list in full when it comes; after a question, a thanks or a declined action only a line with the same buttons', async () => {
    await atOrderList(h(), '13800000005');
    expect(await h().state()).toBe(LIST);
    expect(listShown(h().text)).toBe(true);
    const buttons = h().buttons;
    expect(buttons).toContain(PAY_EARBUDS);
    for (const words of ['能分期吗', '谢谢', '我欠多少钱']) {
      await h().say(words);
      expect(await h().state()).toBe(LIST);
      expect(listShown(h().text)).toBe(false);
      expect(h().text).not.toContain(zhCN['orders.header']);
      expect(h().text).not.toContain(`3. Running shoes`);
      expect(h().buttons).toEqual(buttons);
    }
    // "不付了" to the earbuds named at the list: left as they are, the list not said again.
    await h().say('耳机');
    await h().say('不付了');
    expect(await h().state()).toBe(LIST);
    expect(h().text).not.toContain(zhCN['orders.header']);
    expect(h().buttons).toEqual(buttons);
  });

  test('"我的订单", "再看看订单" or "show my orders" at the list after a question: the list in full again', async () => {
    await atOrderList(h(), '13800000005');
    for (const words of ['我的订单', '再看看订单']) {
      await h().say('能分期吗');
      expect(listShown(h().text)).toBe(false);
      await h().say(words);
      expect(await h().state()).toBe(LIST);
      expect(listShown(h().text)).toBe(true);
    }
    await h().say('show my orders');
    expect(listShown(h().text, enUS['orders.header'])).toBe(true);
  });

  test('a question and the orders asked for in one message ("能分期吗？再给我看看我的订单"): the answer, then the list in full', async () => {
    await atOrderList(h(), '13800000005');
    await h().say('能分期吗');
    await h().say('能分期吗？再给我看看我的订单');
    expect(await h().state()).toBe(LIST);
    expect(h().text).toContain(zhCN['topic.instalments']);
    expect(listShown(h().text)).toBe(true);
  });

  test('paid at the list: the list in full again, the earbuds paid and their buttons gone', async () => {
    await atOrderList(h(), '13800000005');
    await h().say('能分期吗');
    await h().click(PAY_EARBUDS);
    await h().click(zhCN['button.confirmPay']);
    expect(await h().state()).toBe(LIST);
    expect(h().text).toContain(zhCN['orders.header']);
    expect(h().text).toContain(`1. ${EARBUDS} · ¥299.00 · ${zhCN['orderStatus.paid']}`);
    expect(h().buttons).not.toContain(PAY_EARBUDS);
  });

  test('paid in the shop app meanwhile: a question that reads the orders again shows the list in full with the new status', async () => {
    await atOrderList(h(), '13800000005');
    await h().payElsewhere('13800000005', 'JD5001');
    await h().say('怎么付款');
    expect(await h().state()).toBe(LIST);
    expect(h().text).toContain(`1. ${EARBUDS} · ¥299.00 · ${zhCN['orderStatus.paid']}`);
    expect(h().buttons).not.toContain(PAY_EARBUDS);
  });
});

test('the overdue warning once per showing (13800000006): not again after a question at the list', async () => {
  await atOrderList(h(), '13800000006');
  expect(h().text).toContain(zhCN['orders.overdueReminder']);
  const buttons = h().buttons;
  await h().say('能分期吗');
  expect(await h().state()).toBe(LIST);
  expect(h().text).not.toContain(zhCN['orders.overdueReminder']);
  expect(h().text).not.toContain(zhCN['orders.header']);
  expect(h().buttons).toEqual(buttons);
});
