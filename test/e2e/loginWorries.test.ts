// Over HTTP, what a QA round as Chinese customers found around the login: a payment password typed at the code step used
// up a try as a wrong code, safety worries got a complaint's apology, "not understood" or "你好！😊", an older customer's
// request for help was not understood, and a customer who would not log in heard only "好的，已取消。".
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { logIn, OTP, useE2e } from './harness';

const h = useE2e();
const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';
const CODE = 'flow.onboarding.login.awaitingOtp';
const codeChecks = () => h().backend.requests('POST /v1/sessions');

test.each(['888888 这个是我的支付密码', 'mima 654321'])(
  '%j at the code step is warned about, not sent as the code: no try is used',
  async (words) => {
    await h().say('开通');
    await h().say('13800000004');
    const checked = codeChecks();
    await h().say(words);
    expect(await h().state()).toBe(CODE);
    expect(h().text).toContain(zhCN['topic.password']);
    expect(h().text).not.toContain('验证码不对');
    expect(codeChecks()).toBe(checked);
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  },
);

test.each(['短信上说验证码不要告诉别人，我能告诉你吗？会不会是骗子', '验证码不是不能告诉别人吗', '你是真的京东客服吗'])(
  '%j at the phone and the code step is told this is the shop\'s own chat, the step kept',
  async (words) => {
    await h().say('开通');
    await h().say(words);
    expect(await h().state()).toBe(PHONE);
    expect(h().text).toContain(zhCN['topic.loginSafety']);
    expect(h().buttons).not.toContain('转人工客服');
    await h().say('13800000001');
    await h().say(words);
    expect(await h().state()).toBe(CODE);
    expect(h().text).toContain(zhCN['topic.loginSafety']);
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  },
);

test('"is this really the shop?" and "r u a scam" at the login are told the same in English', async () => {
  await h().reset('en-US');
  await h().say('turn on pay later');
  await h().say('is this really the shop?');
  expect(await h().state()).toBe(PHONE);
  expect(h().text).toContain(enUS['topic.loginSafety']);
  await h().say('r u a scam');
  expect(await h().state()).toBe(PHONE);
  expect(h().text).toContain(enUS['topic.loginSafety']);
});

test('"为什么身份证不能在这里发？" at real-name verification: only on the shop\'s page, the step kept with its link', async () => {
  await h().say('开通');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  await h().say('为什么身份证不能在这里发？');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain(zhCN['topic.idNotInChat']);
  expect(h().buttons).toContain('去实名认证');
});

test('an older customer asking for help is taken to the login, and told which phone number is meant', async () => {
  await h().say('你好 我年纪大了 不太会用手机 孙子说这个先用后付好 你能帮我弄一下吗');
  expect(await h().state()).toBe(PHONE);
  await h().say('手机号是什么意思 是我的手机号码吗');
  expect(await h().state()).toBe(PHONE);
  expect(h().text).toContain(zhCN['topic.phoneMeant']);
  expect(h().text).not.toContain(zhCN['faq.what_is']);
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

describe('a customer who asked why the option is missing and will not log in', () => {
  async function askedWhyNotShown(): Promise<void> {
    await h().say('为什么我结算页看不到先用后付');
    expect(await h().state()).toBe(PHONE);
  }

  test.each(['不想登录', '我不想登录，直接告诉我为什么没有'])(
    '%j: why it may not show in general and where to check, with the login offered again',
    async (words) => {
      await askedWhyNotShown();
      await h().say(words);
      expect(await h().state()).toBe(WELCOME);
      expect(h().text).toContain(zhCN['topic.statusWithoutLogin']);
      expect(h().text).not.toContain(zhCN['notice.cancelled']);
      expect(h().buttons).toEqual([zhCN['button.logInToCheck']]);
      await h().click(zhCN['button.logInToCheck']);
      expect(await h().state()).toBe(PHONE);
      await logIn(h(), '13800000001');
      expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
      expect(h().text).toContain(zhCN['status.item.plus.no']);
    },
  );

  test('"不登录不行吗？" is answered the same, and the phone step stays', async () => {
    await askedWhyNotShown();
    await h().say('不登录不行吗？');
    expect(await h().state()).toBe(PHONE);
    expect(h().text).toContain(zhCN['topic.statusWithoutLogin']);
  });

  test('"I don\'t want to log in, just tell me why" in English', async () => {
    await h().reset('en-US');
    await h().say("why can't I see pay later at checkout");
    expect(await h().state()).toBe(PHONE);
    await h().say("I don't want to log in, just tell me why");
    expect(await h().state()).toBe(WELCOME);
    expect(h().text).toContain(enUS['topic.statusWithoutLogin']);
    expect(h().buttons).toEqual([enUS['button.logInToCheck']]);
  });

  test('a login for enabling is just left, as before', async () => {
    await h().say('开通');
    await h().say('不想登录');
    expect(await h().state()).toBe(WELCOME);
    expect(h().text).toContain(zhCN['notice.cancelled']);
    expect(h().text).not.toContain(zhCN['topic.statusWithoutLogin']);
  });
});
