// Over HTTP, what a QA re-probe as Chinese customers found: a worry for their personal details answered with what pay-later
// is; "are you really the shop's customer service?" answered with SMS codes when none was sent; a family member's number
// dropped for the customer's own; a text saying they are overdue met with "none" alone; an overdue customer without money
// or afraid of collection not understood.
import { logIn, OTP, useE2e } from './harness';

const h = useE2e();
const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';
const CODE = 'flow.onboarding.login.awaitingOtp';

test('"先用后付安全吗 会不会泄露我的信息": what the chat asks for and where real-name verification is done, nothing else', async () => {
  await h().say('先用后付安全吗 会不会泄露我的信息');
  expect(await h().state()).toBe(WELCOME);
  expect(h().text).toContain('绝不会问密码、银行卡号或身份证号');
  expect(h().text).toContain('商城自己的认证页面');
  // Not what pay-later is, nor the credit text for refused customers.
  expect(h().text).not.toContain('信用支付方式');
  expect(h().text).not.toContain('可以再来试试');
});

test('"你是真的京东客服吗" away from the login: the shop\'s automated assistant, a person offered, no word of codes', async () => {
  await h().say('你是真的京东客服吗');
  expect(h().text).toContain('自动回复的机器人');
  expect(h().text).not.toContain('验证码');
  expect(h().buttons).toContain('转人工客服');
});

test('at the phone step, who writes first, then how the code will come; "为什么要我手机号" is answered there', async () => {
  await h().say('开通');
  await h().say('你是真的京东客服吗');
  expect(await h().state()).toBe(PHONE);
  expect(h().text).toContain('自动回复的机器人');
  expect(h().text).toContain('验证码会发到你自己的手机上');
  await h().say('为什么要我手机号');
  expect(await h().state()).toBe(PHONE);
  expect(h().text).toContain('手机号只用来登录你的商城账号');
  expect(h().text).not.toContain('我不太确定你的意思');
});

test('"帮我妈开通一下 她手机号13800000002": said to be her own account, the code to her number; away, the code goes nowhere else', async () => {
  await h().say('帮我妈开通一下 她手机号13800000002');
  expect(await h().state()).toBe(CODE);
  expect(h().text).toContain('家人自己的商城账号');
  expect(h().text).toContain('138****0002');
  expect(h().text).not.toContain('请发送你商城账号绑定的手机号');
  await h().say('验证码在她手机上 她不在身边');
  expect(await h().state()).toBe(CODE);
  expect(h().text).toContain('没法改发到别的手机');
  expect(h().text).toContain('自己在商城App里开通');
  // Together again, the login goes on.
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
});

test('"我想给我爸开通": how it goes, and no phone prompt asking for the customer\'s own number', async () => {
  await h().say('我想给我爸开通');
  expect(await h().state()).toBe(WELCOME);
  expect(h().text).toContain('实名认证也要对方本人来做');
  expect(h().text).toContain('把对方商城账号的手机号发给我');
  expect(h().text).not.toContain('请发送你商城账号绑定的手机号');
});

test('logged in to their own account, "我想给我爸开通": a restart first, then the member\'s number', async () => {
  await h().say('开通');
  await logIn(h(), '13800000004');
  await h().say('我想给我爸开通');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().text).toContain('先说「重新开始」');
});

test('"收到短信说我逾期了" with nothing overdue: none, and a warning against scams', async () => {
  await h().say('开通');
  await logIn(h(), '13800000005');
  await h().say('收到短信说我逾期了');
  expect(h().text).toContain('你现在没有逾期的订单');
  expect(h().text).toContain('不要点短信里的链接');
  expect(h().text).toContain('不要按对方说的转账或付款');
  expect(h().text).toContain('商城App里自己的订单页');
});

test('"收到短信说我逾期了" with the lamp overdue: the lamp, no scam warning', async () => {
  await h().say('开通');
  await logIn(h(), '13800000006');
  await h().say('收到短信说我逾期了');
  expect(h().text).toContain('「Desk lamp 台灯」¥129.00');
  expect(h().text).not.toContain('诈骗');
});

test('overdue, "我银行卡里没钱了" and "我会被催收吗": the date cannot move, collection is not the chat\'s to say, pay or a person', async () => {
  await h().say('开通');
  await logIn(h(), '13800000006');
  await h().say('我银行卡里没钱了');
  expect(h().text).toContain('截止日期在这里没法延后');
  expect(h().buttons).toEqual(['确认收货并付款', '转人工客服']);
  await h().say('我会被催收吗');
  expect(h().text).toContain('没法替商城回答');
  expect(h().text).toContain('影响你的信用记录');
  expect(h().text).toContain('「Desk lamp 台灯」现在已经逾期');
  expect(h().buttons).toEqual(['确认收货并付款', '转人工客服']);
});

test('in English: details safe, a family member, and collection', async () => {
  await h().reset('en-US');
  await h().say('is my data safe?');
  expect(h().text).toContain('never a password');
  await h().say('can I set it up for my mom?');
  expect(h().text).toContain("their own shop account");
  await h().say('will debt collectors call me?');
  expect(h().text).toContain("can't speak for the shop");
  expect(h().buttons).toContain('Talk to a person');
});
