// Languages and understanding over HTTP: English and mixed input, out-of-scope questions, gibberish; the wording checks live here.
import { OTP, useE2e } from './harness';

const h = useE2e();

const CJK = /[\u4e00-\u9fff]/;
/** English replies may still name the service by its Chinese name. */
const withoutServiceName = (text: string) => text.replaceAll('先用后付', '');

describe('language', () => {
  test('an English customer is answered in English all the way to pay-later enabled', async () => {
    await h().say('hi');
    expect(h().replies.every((a) => a.locale === 'en-US')).toBe(true);
    await h().say('how do I enable pay later');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    await h().say('13800000004');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    expect(h().buttons).toEqual(['Agree and turn on', 'Not now']);
    await h().say('yes');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(withoutServiceName(h().text)).not.toMatch(CJK);
    expect((await h().account('13800000004')).payLater.enabled).toBe(true);
  });

  // "earbuds" or "ok submit" switched a Chinese conversation to English.
  test('a word or two of English in a Chinese conversation does not switch it; a sentence does', async () => {
    await h().say('我的订单');
    await h().say('13800000005');
    await h().say(OTP);
    await h().say('earbuds');
    expect(h().replies.every((a) => a.locale === 'zh-CN')).toBe(true);
    await h().say('I want to return the earbuds');
    expect(h().replies.every((a) => a.locale === 'en-US')).toBe(true);
  });

  // "说中文吧" then "你说呢" at the terms handed the customer to a person (two misunderstandings).
  test('asking for a language switches to it and keeps the step', async () => {
    await h().say('how do I enable pay later');
    await h().say('13800000004');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    await h().say('说中文吧');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    expect(h().replies.every((a) => a.locale === 'zh-CN')).toBe(true);
    expect(h().buttons).toEqual(['同意并开通', '暂不开通']);
    await h().say('English please');
    expect(h().replies.every((a) => a.locale === 'en-US')).toBe(true);
  });

  // "I'm not sure what you mean", then after the login "pay later is on".
  test('a long story asking how to send goods back is answered, and a login after it shows the orders', async () => {
    await h().say(
      'Hello, I bought earbuds last week with pay later and they arrived but the left one does not work at all, I want to send them back and get my money, how do I do that?',
    );
    expect(h().text).toMatch(/return/i);
    await h().say('13800000005');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toContain('Wireless earbuds');
  });

  test('an English customer who taps a button naming a Chinese product is still answered in English', async () => {
    await h().say('show my orders');
    await h().say('13800000005');
    await h().say(OTP);
    await h().click(/Wireless earbuds 无线耳机/);
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().replies.every((a) => a.locale === 'en-US')).toBe(true);
  });

  // The web chat keeps the conversation when its language is switched and sends the new locale on every activity.
  test('a switched page language is followed when the words show none; a fixed channel locale is not', async () => {
    await h().say('我要开通');
    await h().say('13800000004');
    expect(h().replies[0].locale).toBe('zh-CN');
    await h().sayWithLocale(OTP, 'en-US');
    expect(h().replies.every((a) => a.locale === 'en-US')).toBe(true);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');

    await h().open('en-US');
    await h().say('我要开通');
    await h().say('13800000004');
    expect(h().replies.every((a) => a.locale === 'zh-CN')).toBe(true);
  });

  test('mixed Chinese and English is understood, and answered in Chinese', async () => {
    await h().say('我想enable先用后付');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().replies[0].locale).toBe('zh-CN');
  });

  // "我的earbuds坏了 want refund" was answered in English: more English words than Chinese, though the Chinese is the grammar.
  test('Chinese grammar around English words is answered in Chinese; an English sentence naming a Chinese title stays English', async () => {
    await h().say('show my orders');
    await h().say('13800000005');
    await h().say(OTP);
    expect(h().replies.every((a) => a.locale === 'en-US')).toBe(true);
    await h().say('我的earbuds坏了 want refund');
    expect(h().replies.every((a) => a.locale === 'zh-CN')).toBe(true);
    await h().say('return the 电饭煲 please, I changed my mind');
    expect(h().replies.every((a) => a.locale === 'en-US')).toBe(true);
    await h().say('先用后付 has interest吗');
    expect(h().replies.every((a) => a.locale === 'zh-CN')).toBe(true);
  });

  test('the channel locale decides when the words do not show a language', async () => {
    await h().open('en-US');
    expect(h().replies[0].locale).toBe('en-US');
    await h().click(1);
    await h().say('13800000004');
    expect(h().replies.every((a) => a.locale === 'en-US')).toBe(true);
  });
});

describe('understanding', () => {
  test('an out-of-scope question gets a polite no, and the step is kept', async () => {
    await h().click('开通先用后付');
    await h().say('我想买美股');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().text).toContain('只负责先用后付');
  });

  test('gibberish gets a clarifying question with buttons, and a tapped choice is answered where the customer was', async () => {
    await h().click('开通先用后付');
    await h().say('asdf qwer zxcv');
    expect(await h().state()).toBe('clarifying');
    expect(h().buttonEvents).toContain('HUMAN');
    expect(h().buttonEvents.length).toBeGreaterThanOrEqual(2);
    await h().click('What is it?');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });

  test('twice not understood brings a person', async () => {
    await h().say('asdf qwer zxcv');
    await h().say('blorp fizzwick');
    expect(await h().state()).toBe('handoff');
  });

  // dialogs/notices.ts `clarify` sends the question with `tell` (acceptingInput); a question with buttons that ends
  // the turn should be `ask` (expectingInput), which channels use to know the bot is done and waiting.
  test('the clarifying question leaves the floor to the customer', async () => {
    await h().say('asdf qwer zxcv');
    expect(h().replies.at(-1)?.inputHint).toBe('expectingInput');
  });
});

describe('wording', () => {
  test('the Chinese welcome greets, says what the bot does, and offers to start', async () => {
    expect(h().text).toMatch(/^你好/);
    expect(h().text).toContain('开通');
    expect(h().buttons[0]).toBe('开通先用后付');
  });

  test('the login never asks for a password', async () => {
    await h().click('开通先用后付');
    expect(h().text).toContain('手机号');
    expect(h().text).toContain('绝不会问你要密码');
  });

  test('a wrong code says how many attempts are left, in English too', async () => {
    await h().say('hi');
    await h().click(1);
    await h().say('13800000004');
    await h().say('000000');
    expect(h().text).toMatch(/2 (more )?(tries|attempts)/i);
  });
});
