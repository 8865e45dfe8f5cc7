// A phone number typed where an answer had just offered a login for something, instead of tapping its button: the login
// leads where the button would (typed, the QA re-probe's overdue customer ended at the status card asking "要先看看你的订单吗？").
import { logIn, useE2e } from './harness';

const h = useE2e();

test('"我好像逾期了怎么办 会不会上征信啊", then the number typed: after the code, the overdue lamp to pay, as the button leads', async () => {
  await h().say('我好像逾期了怎么办 会不会上征信啊');
  expect(h().buttons).toEqual(['登录查看并付款']);
  await logIn(h(), '13800000006');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).not.toContain('要先看看你的订单吗');
  expect(h().buttons).toContain('确认收货并付款 · Desk lamp 台灯');
  // The number alone left no words for the list to read again.
  expect((await h().storedRecord())?.orderWords).toBeUndefined();
});

test('the offer holds for the next message only: a number typed after something else logs in as usual', async () => {
  await h().say('我好像逾期了怎么办 会不会上征信啊');
  await h().say('谢谢');
  expect((await h().storedRecord())?.loginOffered).toBeUndefined();
  await logIn(h(), '13800000006');
  expect(await h().state()).not.toBe('flow.purchase.showingOrders');
});
