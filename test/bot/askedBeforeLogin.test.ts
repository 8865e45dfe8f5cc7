// QA: how a return goes, asked with no orders at hand yet: the orders (which need the login), not a new return.
import { at, earbuds } from './personaOrders';

describe('"上次那个退货怎么样了" with no orders at hand: the orders, where the words are answered', () => {
  it.each(['上次那个退货怎么样了', '我的退货进度如何', 'how is my return going?'])('%j', (text) => {
    expect(at('flow.welcome', text, {})).toEqual({ type: 'ORDERS', question: true });
  });

  it('with the orders at hand and a return requested: the return\'s status', () => {
    const orders = [{ ...earbuds, status: 'return_requested' as const }];
    expect(at('flow.onboarding.enabled', '上次那个退货怎么样了', { orders })).toEqual({ type: 'TOPIC_ASKED', topic: 'returnStatus' });
  });

  it('"我要退货" is still a return', () => {
    expect(at('flow.welcome', '我要退货', {})?.type).toBe('RETURN');
  });
});
