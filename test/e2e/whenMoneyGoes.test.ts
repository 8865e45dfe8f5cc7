// Over HTTP, a Chinese prober's round (persona 13800000005): when the money is taken and how the due date is set got the
// list again or the pay FAQ's stock line, money taken without asking the fees' disclaimer; with pay-later on, every answer
// was followed by "it is on 🎉" again; a paid order's return refused ended twice at a list with nothing left to do.
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { catalogs } from '../../dialogs/messages';
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();
const LIST = 'flow.purchase.showingOrders';
const ENABLED = 'flow.onboarding.enabled';

describe('when the money goes, at the order list', () => {
  test.each([
    ['zh-CN', '确认收货的话 钱是马上扣吗 还是到截止日才扣'],
    ['zh-CN', '我问的是确认收货以后是立刻付款吗？'],
    ['en-US', 'is the money taken when I confirm receipt?'],
    ['en-US', 'do I pay on the due date or when I confirm?'],
  ] as const)('%s %j: paid at confirming receipt and paying, not on the due date; the list kept', async (locale, words) => {
    await atOrderList(h(), '13800000005', locale);
    await h().say(words);
    expect(h().text).toContain(catalogs[locale]['topic.payAtConfirm']);
    expect(h().text).not.toContain(catalogs[locale]['faq.pay']);
    expect(await h().state()).toBe(LIST);
  });

  test.each([
    ['zh-CN', '付款截止日是怎么算的 收货后几天？', '「Wireless earbuds 无线耳机」¥299.00，'],
    ['en-US', 'how is the due date worked out?', '"Wireless earbuds 无线耳机" ¥299.00, by '],
  ] as const)('%s %j: no rule or number here, the order\'s own date counts, theirs listed', async (locale, words, earbuds) => {
    await atOrderList(h(), '13800000005', locale);
    await h().say(words);
    expect(h().text).toContain(catalogs[locale]['topic.dueDateRule']);
    expect(h().text).toContain(earbuds);
    expect(h().text).not.toContain(catalogs[locale]['faq.pay']);
    expect(await h().state()).toBe(LIST);
  });

  test('"有手续费没 会不会偷偷扣我钱": the fees, and that nothing is paid without the customer confirming', async () => {
    await atOrderList(h(), '13800000005', 'zh-CN');
    await h().say('有手续费没 会不会偷偷扣我钱');
    expect(h().text).toContain(zhCN['topic.fees']);
    expect(h().text).toContain(zhCN['topic.charges']);
    expect(h().text).not.toContain(zhCN['faq.pay']);
  });

  test('"will you take money without asking?": nothing is paid without the customer confirming (it was not understood)', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().say('will you take money without asking?');
    expect(h().text).toContain(enUS['topic.charges']);
    expect(await h().state()).toBe(LIST);
  });
});

describe('pay-later on: after an answer, what next in a line, not "it is on 🎉" again', () => {
  test.each([
    ['zh-CN', '开通', ['能提额吗', '白条和先用后付有什么区别', '有手续费没'], '看看'],
    ['en-US', 'turn on pay later', ['can I raise my limit?', 'any fees?'], 'yes'],
  ] as const)('(%s) one answer after another, then a yes still opens the orders', async (locale, enable, questions, yes) => {
    const t = catalogs[locale];
    await h().reset(locale);
    await h().say(enable);
    await logIn(h(), '13800000005');
    expect(await h().state()).toBe(ENABLED);
    for (const question of questions) {
      await h().say(question);
      expect(await h().state()).toBe(ENABLED);
      expect(h().text).not.toContain(t['prompt.enabled']);
      expect(h().text).not.toContain(t['prompt.enabled.limit'].replace('{limit}', ''));
      expect(h().text).toContain(t['prompt.enabled.again.owed']);
      expect(h().buttons).toContain(t['intent.orders']);
    }
    await h().say(yes);
    expect(await h().state()).toBe(LIST);
  });

  test('turned on just now (no order to pay): said once in full, after an answer the short line', async () => {
    await h().say('开通先用后付');
    await logIn(h(), '13800000004');
    await h().click('同意并开通');
    expect(await h().state()).toBe(ENABLED);
    expect(h().text).toContain(zhCN['prompt.enabled']);
    await h().say('白条和先用后付有什么区别');
    expect(await h().state()).toBe(ENABLED);
    expect(h().text).not.toContain('🎉');
    expect(h().text).toContain(zhCN['prompt.enabled.again.next']);
  });
});

describe('a paid order\'s return refused, nothing else to do: one reply, one ending', () => {
  /** Persona 5 with the earbuds paid and the rice cooker's return filed: no order needs anything. */
  async function nothingLeftToDo(): Promise<void> {
    await atOrderList(h(), '13800000005', 'zh-CN');
    await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
    await h().click('确认收货并付款');
    await h().click('申请退货 · Rice cooker 电饭煲');
    await h().click('不想要了');
    await h().click('提交退货申请');
    expect(h().text).toContain(zhCN['orders.nothingToDo']);
  }
  const shoesRefused = zhCN['notice.orderActionInvalid.return.paid'].replace('{title}', 'Running shoes 跑步鞋');

  test('at the list: the shoes refused, the other orders said of, not "nothing needs you" after "a colleague"', async () => {
    await nothingLeftToDo();
    await h().say('跑步鞋尺码小了 我要退');
    expect(h().text).toContain(shoesRefused);
    expect(h().text).toContain(zhCN['orders.nothingToDo.others']);
    expect(h().text).not.toContain(zhCN['orders.nothingToDo']);
    expect(h().buttons).toContain('转人工客服');
  });

  test('from the enabled step: the shoes refused once, not "none can be returned here" before it as well', async () => {
    await nothingLeftToDo();
    await h().say('开通先用后付');
    expect(await h().state()).toBe(ENABLED);
    await h().say('跑步鞋尺码小了 我要退');
    expect(h().text).toContain(shoesRefused);
    expect(h().text).not.toContain(zhCN['topic.nothingToReturn']);
    expect(h().text.match(/人工/g)).toHaveLength(1);
    expect(h().text).not.toContain(zhCN['orders.nothingToDo']);
  });
});
