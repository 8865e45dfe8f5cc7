// Over HTTP: light words do what they mean and no more. A goodbye at a return's reason closes the return; a bare yes to the
// open "what else can I help you with?" starts nothing; laughter is smiled at, not misunderstood; "anyone there?" is
// answered by the bot, a person one tap away.
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

type Stored = { dialogue: { snapshot: { context: { orderId?: string; returnReason?: string } } } };

// "没事了，再见" was filed as the earbuds' reason, and the return's confirmation asked to submit it.
describe('a goodbye at the return-reason step closes the return, nothing filed', () => {
  test.each([
    { locale: 'zh-CN', start: () => returningEarbuds(h()), bye: '没事了，再见' },
    {
      locale: 'en-US',
      start: async () => {
        await h().say('my orders');
        await logIn(h(), '13800000005');
        await h().click(/Return · Wireless earbuds/);
      },
      bye: "bye, that's all",
    },
  ])('($locale) $bye', async ({ locale, start, bye }) => {
    await h().reset(locale);
    await start();
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    await h().say(bye);
    expect(h().text).toMatch(/bye|再见/i);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    const { context } = ((await h().storedRecord()) as Stored).dialogue.snapshot;
    expect([context.orderId, context.returnReason]).toEqual([undefined, undefined]);
    expect((await h().orders('13800000005')).map((o) => o.status)).toEqual(['delivered', 'in_transit', 'paid']);
  });
});

// "yes" right after "What else can I help you with?" started the login; "ok" and "k" there were already an ok back.
describe('a bare yes to the open welcome is an ok back: nothing started', () => {
  test.each([
    { locale: 'en-US', ask: 'what is pay later', yes: 'yes' },
    { locale: 'zh-CN', ask: '先用后付是什么', yes: '是的' },
  ])('($locale) not logged in: "$yes" after an answer keeps the menu, no login', async ({ locale, ask, yes }) => {
    await h().reset(locale);
    await h().say(ask);
    const menu = h().buttons;
    await h().say(yes);
    expect(await h().state()).toBe('flow.welcome');
    expect(h().buttons).toEqual(menu);
    expect(h().replies[0].text).toBe((locale === 'en-US' ? enUS : zhCN)['topic.acknowledged']);
  });

  test('logged in, after the PLUS step was left: "yes" does not take the customer back into the onboarding', async () => {
    await h().reset('en-US');
    await h().say('turn it on');
    await logIn(h(), '13800000001');
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    await h().say('cancel');
    expect(await h().state()).toBe('flow.welcome');
    expect(h().text).toContain('What else can I help you with?');
    await h().say('yes');
    expect(await h().state()).toBe('flow.welcome');
    expect(h().text).not.toMatch(/PLUS/);
  });

  test('where an answer offered a login ("要我帮你查一下，或者现在就开通吗？"), a yes still takes it', async () => {
    await h().say('先用后付在哪里');
    await h().say('是的');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });
});

// "lol" was not understood (twice, a person); "哈哈" got "你好！😊".
describe('laughter is smiled at, the step kept, and counts as no misunderstanding', () => {
  test.each([
    { locale: 'zh-CN', laughs: ['哈哈', '哈哈哈哈！', '😂'] },
    { locale: 'en-US', laughs: ['lol', 'haha', 'lmao'] },
  ])('($locale) at the PLUS step', async ({ locale, laughs }) => {
    await h().reset(locale);
    await h().say(locale === 'en-US' ? 'turn it on' : '我要开通');
    await logIn(h(), '13800000001');
    for (const laugh of laughs) {
      await h().say(laugh);
      expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
      expect(h().replies[0].text).toBe((locale === 'en-US' ? enUS : zhCN)['topic.laughter']);
    }
  });

  test('a miss, then laughter, then a miss: still no person', async () => {
    await h().reset('en-US');
    await h().say('asdf qwer');
    expect(await h().state()).toBe('clarifying');
    await h().say('lol');
    expect(h().text).not.toMatch(/not sure what you mean/);
    await h().say('zxcv uiop');
    expect(await h().state()).toBe('clarifying');
  });
});

// "有人吗" handed the customer over at once: it only checks that someone answers.
describe('"anyone there?" is answered by the bot, with a person button, and nobody is queued', () => {
  test.each([
    { locale: 'zh-CN', words: '有人吗', person: '转人工客服' },
    { locale: 'zh-CN', words: '喂 有人吗', person: '转人工客服' },
    { locale: 'en-US', words: 'anyone there?', person: 'Talk to a person' },
    { locale: 'en-US', words: 'hello??', person: 'Talk to a person' },
  ])('($locale) $words at the phone step', async ({ locale, words, person }) => {
    await h().reset(locale);
    await h().say(locale === 'en-US' ? 'turn it on' : '我要开通');
    await h().say(words);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().replies[0].text).toBe((locale === 'en-US' ? enUS : zhCN)['topic.anyoneThere']);
    expect(h().buttons.at(-1)).toBe(person);
    await h().click(person);
    expect(await h().state()).toBe('handoff');
  });

  test.each(['有没有人工', '我要人工'])('%j still hands over', async (text) => {
    await h().say(text);
    expect(await h().state()).toBe('handoff');
  });
});
