// English lines quote order titles and the shop's labels with English quotes: 「」 are Chinese punctuation.
import { catalogs } from '../../dialogs/messages';
import { ALL_NOTICES, everythingShown, orders, render, restingPaths, richContext, textOf } from './fixtures';

const CHINESE_QUOTES = /[「」『』]/;

describe('English quotes', () => {
  // "The due date of 「Desk lamp 台灯」 has already passed" was sent to an English customer.
  it('no English rendering of any notice or resting state, with the fixtures\' orders, shows 「 or 」', () => {
    const shown = [
      ...ALL_NOTICES.map((notice) => everythingShown(render('flow.purchase.showingOrders', 'en-US', richContext(), [notice]))),
      ...restingPaths().map((path) => everythingShown(render(path, 'en-US'))),
    ];
    expect(shown.filter((text) => CHINESE_QUOTES.test(text))).toEqual([]);
  });

  it('no line of the English catalog holds 「 or 」', () => {
    const quoted = Object.entries(catalogs['en-US']).filter(([, text]) => CHINESE_QUOTES.test(text));
    expect(quoted).toEqual([]);
  });

  // Titles are joined with '", "': a line that left the quotes off its {titles} opened and closed them wrongly.
  it('two titles in one English line are each quoted', () => {
    const twoOnTheirWay = richContext({ orders: orders.map((o) => (o.orderId === 'JD1' ? { ...o, status: 'in_transit' as const } : o)) });
    for (const topic of ['returnInTransit', 'delivery', 'payOnArrival'] as const) {
      const text = textOf(render('flow.purchase.showingOrders', 'en-US', twoOnTheirWay, [{ id: 'topic', topic }]));
      expect(text).toContain('"Wireless earbuds 无线耳机", "Rice cooker 电饭煲"');
    }
  });
});
