// What the customer with an overdue order hears: which order, since when and how many days, what the article does and does
// not say about being late; and a clarifying question never shows two buttons with one label.
import { renderTurn } from '../../dialogs';
import type { Notice } from '../../machines/context';
import { account, actionsOf, CONTEXTS, richContext, SHOP_URL, textOf } from './fixtures';
import type { Locale } from '../../dialogs/messages';

/** The fixtures' lamp was due 2024-01-01 (the earbuds are not overdue). */
const overdueAsked: Notice[] = [{ id: 'topic', topic: 'overdueStatus' }];
const at = (today: string | undefined, locale: Locale = 'zh-CN', context = richContext()) =>
  textOf(renderTurn({ path: 'flow.purchase.showingOrders', context, notices: overdueAsked, locale, links: { shopUrl: SHOP_URL }, today }));

describe('whether the customer is overdue', () => {
  it('names the overdue order with its amount, its due date and the days since, counted to the turn\'s day', () => {
    const said = at('2024-01-11');
    expect(said).toContain('「Desk lamp 台灯」¥89.00，付款截止 2024-01-01，已经逾期 10 天');
    expect(said).not.toContain('无线耳机」¥299.00，付款截止');
    expect(said).toContain('信用记录');
    expect(at('2024-01-02')).toContain('已经逾期 1 天');
    expect(at('2024-01-11', 'en-US')).toContain('"Desk lamp 台灯", ¥89.00, due 2024-01-01: 10 days overdue');
    expect(at('2024-01-02', 'en-US')).toContain('1 day overdue');
  });

  it('without the day, leaves the days unsaid', () => {
    expect(at(undefined)).toContain('付款截止 2024-01-01，已经逾期');
    expect(at(undefined)).not.toMatch(/逾期 \d+ 天/);
  });

  it('says none is overdue when none is; without pay-later, that there are no pay-later orders at all', () => {
    const none = richContext({ orders: richContext().orders?.filter((o) => o.status !== 'overdue') });
    expect(at('2024-01-11', 'zh-CN', none)).toContain('没有逾期的订单');
    const off = richContext({ account: account({ payLater: { enabled: false } }), orders: undefined });
    expect(at('2024-01-11', 'zh-CN', off)).toContain('还没有开通先用后付');
  });
});

describe('what the article says, and no more', () => {
  const topic = (name: 'overdueCredit' | 'autoPay' | 'instalments' | 'fees' | 'paymentSource', locale: Locale = 'zh-CN') =>
    textOf(renderTurn({ path: 'flow.welcome', context: CONTEXTS.empty(), notices: [{ id: 'topic', topic: name }], locale, links: { shopUrl: SHOP_URL } }));

  // "逾期…会上征信吗" got "会的…": the article speaks of the credit record, not of a credit bureau.
  it('credit after paying late: the credit record; the bureau is not claimed', () => {
    expect(topic('overdueCredit')).not.toMatch(/^会的/);
    expect(topic('overdueCredit')).toContain('信用记录');
    expect(topic('overdueCredit')).toContain('没有相关说明');
    expect(topic('overdueCredit', 'en-US')).not.toMatch(/^Yes/);
  });

  // "到期了会自动扣款吗" got "我不会替你付款", about the bot.
  it('automatic payment: the customer pays by the due date, here too', () => {
    expect(topic('autoPay')).not.toContain('我不会替你付款');
    expect(topic('autoPay')).toContain('付款截止日期前');
    expect(topic('autoPay')).toContain('我的订单');
  });

  // "能分期吗" got "我这里查不到具体数字".
  it('instalments: one payment by the due date; instalment products are another thing, no figures', () => {
    expect(topic('instalments')).toContain('一次付清');
    expect(topic('instalments')).not.toMatch(/\d/);
  });

  // "能分期吗" said pay-later is not instalments, while "要钱吗" said "费用、利息和分期这些…以开通协议为准", as if it were.
  it.each([
    ['zh-CN', /分期/, '分期付款是另外的产品'],
    ['en-US', /instal/i, 'Instalment payments are a separate product'],
  ] as const)('fees and instalments agree: the fees\' answer does not name instalments as this product\'s (%s)', (locale, instalment, separate) => {
    expect(topic('instalments', locale)).toContain(separate);
    expect(topic('fees', locale)).not.toMatch(instalment);
  });

  // "付钱是用微信还是银行卡扣？" got "钱从你商城账户在用的付款方式里扣": the article says the customer confirms and pays.
  it.each([
    ['zh-CN', /扣/, '确认收货并付款', '付款页面'],
    ['en-US', /taken from|deduct|comes from/i, 'confirm receipt and pay', 'payment page'],
  ] as const)('where a payment\'s money comes from: paid at confirming, methods on the shop\'s page, no deduction claimed (%s)', (locale, deduction, confirm, page) => {
    const said = topic('paymentSource', locale);
    expect(said).not.toMatch(deduction);
    expect(said).toContain(confirm);
    expect(said).toContain(page);
  });
});

describe('a clarifying question at the lamp\'s payment', () => {
  // Its own 确认收货并付款 (a yes to paying the lamp) and the guess 确认收货并付款 (PAY) were shown side by side.
  it.each(['zh-CN', 'en-US'] as const)('shows no label twice, the step\'s own payment kept (%s)', (locale) => {
    const context = richContext({ orderId: 'JD4' });
    const [question] = renderTurn({
      path: 'clarifying',
      context,
      locale,
      links: { shopUrl: SHOP_URL },
      resumesTo: 'flow.purchase.confirmingReceipt',
      notices: [{ id: 'clarify', candidates: ['pay', 'credit', 'orders'] }],
    });
    const actions = actionsOf([question]);
    const titles = actions.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
    const events = actions.map((a) => (a.value as { event: { type: string } }).event.type);
    expect(events).toContain('AFFIRM');
    expect(events).not.toContain('PAY');
  });

  it('at the list, the guess to pay is left out beside the lamp\'s own "确认收货并付款 · Desk lamp 台灯"', () => {
    const context = richContext({ orders: richContext().orders?.filter((o) => o.status === 'overdue'), orderId: undefined });
    const [question] = renderTurn({
      path: 'clarifying',
      context,
      locale: 'zh-CN',
      links: { shopUrl: SHOP_URL },
      resumesTo: 'flow.purchase.showingOrders',
      notices: [{ id: 'clarify', candidates: ['pay', 'status'] }],
    });
    expect(actionsOf([question]).map((a) => a.title)).toEqual(['确认收货并付款 · Desk lamp 台灯', '我的开通进度', '转人工客服']);
  });
});
