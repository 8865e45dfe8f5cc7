// Over HTTP, core requests in natural and non-native English a prober found misread (en-US): a greeting opening the
// message took it over, "how do I get started?" and "Can I still do this?" went elsewhere, being back at the welcome got
// what the bot can do, an e-mail at the phone step and "say that in English?" were not understood.
import { enUS } from '../../dialogs/messages/en-US';
import { OTP, useE2e } from './harness';

const h = useE2e();
const WELCOME = 'flow.welcome';
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';

test.each([
  "hi there! I'd love to try the pay later thing, how do I get started?",
  'Hello good morning. My friend say me I can buy now and pay after. I want this for buy a phone. How I can do?',
])('%j starts turning it on: the login', async (words) => {
  await h().reset('en-US');
  await h().say(words);
  expect(await h().state()).toBe(PHONE_STEP);
  expect(h().text).not.toContain(enUS['faq.pay']);
});

test('"Can I still do this?" is told the conditions, not the returns', async () => {
  await h().reset('en-US');
  await h().say('Can I still do this?');
  expect(h().text).toContain(enUS['faq.requirements']);
  expect(h().text).not.toContain(enUS['faq.return']);
  expect(await h().state()).toBe(WELCOME);
});

test('a passport and "Can I still do this?": which documents, then the conditions, and no login for a return', async () => {
  await h().reset('en-US');
  await h().say("I'm a foreigner, I only have a passport. Can I still do this?");
  expect(h().text).toContain(enUS['topic.realNameDocuments']);
  expect(h().text).toContain(enUS['faq.requirements']);
  expect(await h().state()).toBe(WELCOME);
});

test('"I signed up with my email, not a phone" at the phone step: the login is by phone, and the number still logs in', async () => {
  await h().reset('en-US');
  await h().say('turn on pay later');
  await h().say('I signed up with my email, not a phone');
  expect(h().text).toContain(enUS['topic.phoneOnly']);
  expect(await h().state()).toBe(PHONE_STEP);
  await h().say('13800000005');
  await h().say(OTP);
  expect(await h().state()).not.toBe(PHONE_STEP);
});

test('"ok I\'m back, where was I?" at the welcome checks the status, which needs the login', async () => {
  await h().reset('en-US');
  await h().say("ok I'm back, where was I?");
  expect(await h().state()).toBe(PHONE_STEP);
});

test('"sorry, can you say that in English?" in a Chinese conversation goes on in English', async () => {
  await h().reset('zh-CN');
  await h().say('sorry, can you say that in English?');
  expect(h().text).toContain(enUS['topic.languageSwitched']);
});
