// QA over HTTP (persona 5: earbuds delivered, a rice cooker on its way): a fault said with the return before the login
// ("耳机有杂音想退货") is the reason once the login reaches the list, not asked again; and a reason said again with
// "I already said" around it ("我刚说了 有杂音啊") is filed without those words.
import { logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

test.each([
  ['zh-CN', '耳机有杂音想退货', '「Wireless earbuds 无线耳机」提交退货退款申请吗？原因：耳机有杂音。'],
  ['zh-CN', '耳机坏了我想退货', '「Wireless earbuds 无线耳机」提交退货退款申请吗？原因：耳机坏了。'],
  ['en-US', 'the earbuds have static noise, I want to return them', 'Request a return and refund for "Wireless earbuds 无线耳机"? Reason: the earbuds have static noise.'],
] as const)('%s: %j before the login: after it, the earbuds\' confirmation with that reason', async (locale, words, confirmation) => {
  await h().reset(locale);
  await h().say(words);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(confirmation);
});

test.each([
  ['我刚说了 有杂音啊', '原因：有杂音。'],
  ['不是说了吗，左耳有杂音', '原因：左耳有杂音。'],
  ['有杂音，我都说过了', '原因：有杂音。'],
])('%j at the reason step: filed as %j, the filler left out', async (words, confirmation) => {
  await returningEarbuds(h());
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(confirmation);
});

test.each([
  ['I already said, it crackles', 'Reason: it crackles.'],
  ['like I said, they have static noise', 'Reason: they have static noise.'],
])('en-US: %j at the reason step: filed as %j', async (words, confirmation) => {
  await h().reset('en-US');
  await h().say('return the earbuds');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(confirmation);
});
