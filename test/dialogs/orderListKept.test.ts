// The order list's prompt: the whole list (and its overdue warning) when it comes, a short line with the same buttons after
// an answer where it was already shown and its orders are as they were.
import { renderTurn } from '../../dialogs';
import type { Notice } from '../../machines/context';
import { LOCALES, translator } from '../../dialogs/messages';
import { actionsOf, richContext, SHOP_URL, textOf } from './fixtures';

const LIST = 'flow.purchase.showingOrders';
const atList = richContext({ orderId: undefined, returnReason: undefined, goal: 'orders' });
const turn = (locale: (typeof LOCALES)[number], stayed: boolean, notices: Notice[]) =>
  renderTurn({ path: LIST, context: atList, notices, locale, links: { shopUrl: SHOP_URL }, stayed });

describe.each(LOCALES)('at the order list (%s)', (locale) => {
  const t = translator(locale);
  const shown = turn(locale, false, []);

  it('comes in full: the header, every order, the overdue warning', () => {
    expect(textOf(shown)).toContain(t('orders.header'));
    expect(textOf(shown)).toContain('Desk lamp 台灯');
    expect(textOf(shown)).toContain(t('orders.overdueReminder'));
  });

  it.each<[string, Notice[]]>([
    ['a question answered', [{ id: 'topic', topic: 'instalments' }]],
    ['a thanks', [{ id: 'thanks' }]],
    ['a declined action', [{ id: 'leftAsIs', action: 'offer' }]],
  ])('after %s where it was shown: no list and no warning again, the same buttons', (_, notices) => {
    const kept = turn(locale, true, notices);
    expect(textOf(kept)).not.toContain(t('orders.header'));
    expect(textOf(kept)).not.toContain('Desk lamp 台灯');
    expect(textOf(kept)).not.toContain(t('orders.overdueReminder'));
    expect(actionsOf(kept)).toEqual(actionsOf(shown));
  });

  it('"where were we" leads into the list: said in full', () => {
    const again = turn(locale, true, [{ id: 'topic', topic: 'whereWeWere' }]);
    expect(textOf(again)).toContain(t('orders.header'));
  });
});
