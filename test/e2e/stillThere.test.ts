// Over HTTP: "still there?" at the PLUS step, "在吗" at the order list got "Hello! 😊" and the step as if the chat had just
// begun. The bot says it is there, and the step in its short line.
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

describe('"still there?"', () => {
  test.each([
    { locale: 'en-US', catalog: enUS, words: ['still there?', 'hello?', 'are you there?'] },
    // "在吗？在吗？" got "你好！😊".
    { locale: 'zh-CN', catalog: zhCN, words: ['在吗', '还在吗', '喂？', '在吗？在吗？'] },
  ])('($locale) at the PLUS step: here, and the step in a line', async ({ locale, catalog, words }) => {
    await h().reset(locale);
    await h().say(locale === 'en-US' ? 'I want to turn on pay later' : '我想开通先用后付');
    await logIn(h(), '13800000001');
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    for (const text of words) {
      await h().say(text);
      expect(h().replies.map((a) => a.text)).toEqual([catalog['topic.stillThere'], catalog['prompt.awaitingPlus.again']]);
      expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    }
  });

  test('at the order list: here, and the list in a line with its buttons', async () => {
    await h().reset('zh-CN');
    await atOrderList(h(), '13800000005');
    await h().say('在吗');
    expect(h().replies.map((a) => a.text)).toEqual([zhCN['topic.stillThere'], zhCN['orders.again']]);
    expect(h().buttons.join('\n')).toContain('Wireless earbuds');
  });
});
