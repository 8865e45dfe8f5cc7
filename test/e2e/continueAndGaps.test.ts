// What a QA round found: "continue" cancelled the step, "继续" became a return reason, full-width phone numbers were not
// read, pictures got the welcome again, and a few everyday phrasings got a clarifying question.
import { atOrderList, logIn, OTP, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const PICTURE = { contentType: 'image/png', contentUrl: 'https://example.com/photo.png', name: 'photo.png' };

// "continue" was cancel to the classifier (0.63): "OK, cancelled." at each of these, and the login lost at the code step.
test('"continue" at the code step keeps the step; at the terms it is a plain yes, as "继续" and "go ahead" are, never a cancel', async () => {
  await h().click('开通先用后付');
  await h().say('13800000004');
  await h().say('continue');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).not.toMatch(/cancelled|已取消/);
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');

  await h().say("let's continue");
  expect(await h().state()).toBe('flow.onboarding.enabled');
  expect(h().text).not.toMatch(/cancelled|已取消/);
  expect((await h().account('13800000004')).payLater.enabled).toBe(true);
});

// One rule at every confirmation: going on is a yes ("继续付款" was told to tap the button while "go ahead" paid).
test('"keep going" at a payment\'s confirmation pays, as "继续" and "go ahead" do, and does not cancel', async () => {
  await atOrderList(h(), '13800000005');
  await h().click(/确认收货并付款 · Wireless earbuds/);
  await h().say('keep going');
  expect(h().text).not.toMatch(/cancelled|已取消/);
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
});

// "继续" at the reason step was filed: "原因：继续。"
test('"继续" or "continue" at the return-reason step asks for the reason again, also after "其他原因"', async () => {
  await returningEarbuds(h());
  await h().say('继续');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('用一两句话说说退货的原因');
  expect(h().text).not.toContain('原因：继续');

  await h().click('其他原因');
  await h().say('continue');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  await h().say('左耳没声音');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：左耳没声音');
});

test('a phone number in full-width digits logs in, and a full-width code completes it', async () => {
  await h().click('开通先用后付');
  await h().say('１３８０００００００４');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).toContain('138****0004');
  await h().say('６５４３２１');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

// "１３８００００００４" (ten digits) got "我不太确定你的意思", then the code "先发手机号给我".
test('a full-width number that is no phone number is answered as the same digits in ASCII are', async () => {
  await h().click('开通先用后付');
  await h().say('1380000004');
  const ascii = h().text;
  await h().say('１３８００００００４');
  expect(h().text).toBe(ascii);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await h().say('＋８６　１３８－００００－０００４');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
});

test('a full-width phone number typed as a return reason is masked in the confirmation', async () => {
  await returningEarbuds(h());
  await h().say('快递员１３９１２３４５６７８说放门口了但我没拿到');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('139****5678');
  expect(h().text).not.toContain('１２３４');
});

// A picture alone got the welcome again, or "还有什么可以帮你的？".
test('a picture is answered (the chat cannot read it) and the step kept, with its link', async () => {
  await h().send({ type: 'message', attachments: [PICTURE] });
  expect(h().text).toContain('看不了图片');
  expect(await h().state()).toBe('flow.welcome');

  await h().click('开通先用后付');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  const link = h().link(/去开通PLUS/);
  await h().send({ type: 'message', attachments: [PICTURE] });
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  expect(h().text).toContain('看不了图片');
  expect(h().link(/去开通PLUS/)).toBe(link);
});

test('a photo said to be an ID card at the real-name step: not to send one here; the step stays', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  await h().send({ type: 'message', text: '这是我的身份证', attachments: [PICTURE] });
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain('请不要在聊天里发送身份证或其他证件的照片');
});

// Read as wanting pay-later, it rechecked: "I can't see your verification yet".
test('"can you do it for me?" at the real-name step is told the customer does it on the shop\'s page', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000002');
  await h().say('can you do it for me?');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain("I can't do this step for you");
  expect(h().text).not.toContain("can't see your verification yet");
  expect(h().link(/Get verified/)).toContain('http');
});

test('back after leaving the chat, "我又回来了" is greeted, at the step the customer left', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000001');
  await h().send({ type: 'endOfConversation' });
  await h().say('我又回来了');
  expect(h().text).toContain('你好');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
});

test('phrasings that got a clarifying question lead where they mean', async () => {
  await h().say('在结算页找不到先用后付选项怎么办');
  expect(h().text).toContain('要查看你的开通进度，需要先登录一下');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');

  await h().reset();
  await h().say('I want to see my bill');
  expect(h().text).toContain('To show your pay later orders, I need you to log in first');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.showingOrders');

  await h().reset();
  await h().say('do I owe anything?');
  expect(h().text).toContain('log in first');
  await logIn(h(), '13800000006');
  expect(await h().state()).toBe('flow.purchase.showingOrders');

  await h().reset();
  await h().say('log in');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');

  await h().reset();
  await h().say('我不想用了，怎么关闭');
  expect(h().text).toContain('我这里没法帮你关闭');
});

test('"Sorry, can you speak English?" switches a Chinese conversation to English, "我还是说中文吧" back', async () => {
  await h().click('开通先用后付');
  await h().say('Sorry, can you speak English?');
  expect(h().text).toContain("I'll go on in English");
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await h().say('我还是说中文吧');
  expect(h().text).toContain('接下来用中文和你说');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});
