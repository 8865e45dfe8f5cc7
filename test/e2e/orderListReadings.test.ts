// Over HTTP, at the customer's order list: "收到短信说我逾期了 为什么" gets the answer "收到短信说我逾期了" gets (it was read as
// paying); "耳机想换个颜色 退了吧" starts the earbuds' return with the wish as its reason (only the exchange answer came);
// "耳机别付款" leaves the earbuds as they are (it asked what to do with them); "看看" takes the empty list's offer to show
// how to choose pay-later at checkout (not understood).
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();
const LIST = 'flow.purchase.showingOrders';

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

test.each(['13800000006', '13800000005'])('%s: "收到短信说我逾期了 为什么" at the list is answered as "收到短信说我逾期了" is', async (phone) => {
  await atOrderList(h(), phone);
  await h().say('收到短信说我逾期了');
  const answer = h().text;
  await h().reset();
  await atOrderList(h(), phone);
  await h().say('收到短信说我逾期了 为什么');
  expect(await h().state()).toBe(LIST);
  expect(h().text).toBe(answer);
});

test('"耳机想换个颜色 退了吧" at the list: the earbuds\' return at its confirmation, the wish its reason, where exchanges are done said', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机想换个颜色 退了吧');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(zhCN['topic.exchange']);
  expect(h().text).toContain('想换个颜色');
  expect(h().text).toContain('Wireless earbuds');
  expect(await statusOf('JD5001')).toBe('delivered');
});

test('"耳机别付款" at the list: the earbuds left as they are, the list kept, nothing paid', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机别付款');
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain(zhCN['topic.orderStaysAsIs']);
  expect(await statusOf('JD5001')).toBe('delivered');
});

test('"看看" to the empty list\'s "要看看结算时怎么选用它吗？" shows how to choose it at checkout', async () => {
  await h().say('你好');
  await h().click('开通先用后付');
  await logIn(h(), '13800000004');
  await h().click('同意并开通');
  await h().say('我的订单');
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain(zhCN['orders.empty.next']);
  await h().say('看看');
  expect(await h().state()).toBe('flow.purchase.checkoutGuide');
});

test('said after the status card, the list that follows takes the earbuds\' return with the same reason', async () => {
  await h().say('你好');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  await h().say('耳机想换个颜色 退了吧');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(zhCN['topic.exchange']);
  expect(h().text).toContain('想换个颜色');
});
