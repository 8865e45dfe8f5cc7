// What a QA round as Chinese customers found misread around the login: a payment password typed at the code step was
// tried as the code, safety worries got a complaint's apology or a greeting, an older customer's request for help was
// not understood, and a customer who would not log in had no answer to their question.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { maskSensitive, typesPassword } from '../../src/bot/mask';
import { understandRequests } from '../../src/bot/twoRequests';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';
const CODE = 'flow.onboarding.login.awaitingOtp';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const at = (step: string, text: string) => understandActivity(nlu, text, undefined, step).event;
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });

describe('digits called a password, wherever the name stands, are never tried as the code', () => {
  it.each(['888888 这个是我的支付密码', 'mima 654321', 'MIMA 654321', '654321 is my password', '12345678 是我的登录密码', '我的密码 888888'])(
    '%j at the code step gets the password answer',
    (text) => {
      expect(typesPassword(text)).toBe(true);
      expect(at(CODE, text)).toEqual(topic('password'));
    },
  );

  it('those handled before still are', () => {
    for (const text of ['支付密码:135790', '我的支付密码是888888']) expect(at(CODE, text)).toEqual(topic('password'));
  });

  it.each(['123456', '验证码123456 不是密码吧', '动态密码是123456', '短信密码 123456'])('%j is the code', (text) => {
    expect(at(CODE, text)).toMatchObject({ type: 'OTP_RECEIVED', code: '123456' });
  });

  it('a phone number, an amount or a password only talked about types none', () => {
    expect(typesPassword('13800000004 我不会给你密码')).toBe(false);
    expect(typesPassword('我付了1299元 支付密码输错了')).toBe(false);
    expect(typesPassword('¥123456.00 付款密码')).toBe(false);
    expect(typesPassword('密码是6位')).toBe(false);
  });

  it('a longer one than a code is masked in the records too', () => {
    expect(maskSensitive('12345678 是我的登录密码')).toBe('****** 是我的登录密码');
    expect(maskSensitive('mima 87654321')).toBe('mima ******');
  });
});

describe('safety worries at the login are answered there', () => {
  it.each([
    '短信上说验证码不要告诉别人，我能告诉你吗？会不会是骗子',
    '验证码不是不能告诉别人吗',
    '你是真的京东客服吗',
    '会不会是骗子',
    '这是官方的吗',
    'is this really the shop?',
    'are you really from JD?',
    'the text says not to share the code, can I give you the code?',
    'r u a scam',
  ])('%j at the phone and the code step: the shop\'s own chat, the code safe only here', (text) => {
    expect(at(PHONE, text)).toEqual(topic('loginSafety'));
    expect(at(CODE, text)).toEqual(topic('loginSafety'));
  });

  it('asked beside a request, it is answered first and the request goes ahead', () => {
    const read = understandRequests(nlu, '你是真的京东客服吗？我想开通先用后付', undefined, WELCOME, {});
    expect(read.event).toEqual({ type: 'ENABLE' });
    expect(read.answersFirst).toEqual([topic('loginSafety')]);
  });

  it('what the code or the number is for keep their answers', () => {
    expect(at(CODE, '为什么要验证码')).toEqual(topic('whyCode'));
    expect(at(PHONE, '为什么要我的手机号？安全吗')).toEqual(topic('whyPhone'));
    expect(at(PHONE, '安全吗')).toEqual(topic('whyPhone'));
  });

  it('away from the login, "你是真的京东客服吗" is no greeting; a debt disputed is still a colleague\'s', () => {
    expect(at(WELCOME, '你是真的京东客服吗')).toEqual(topic('loginSafety'));
    expect(at(WELCOME, '你们是不是骗子 我根本没用过先用后付 怎么就欠钱了')).toEqual(topic('debtDisputed'));
    expect(at(PHONE, 'this is a scam!')).not.toEqual(topic('loginSafety'));
  });

  it.each(['为什么身份证不能在这里发？', '身份证号能直接发给你吗', "why can't I just send my ID here?", 'can I send you my ID number?'])(
    '%j: an ID number goes only on the shop\'s page',
    (text) => {
      expect(at(REAL_NAME, text)).toEqual(topic('idNotInChat'));
    },
  );

  it('why real-name verification is needed, or a photo of the card, keep their answers', () => {
    expect(at(REAL_NAME, '为啥要身份证')).toEqual({ type: 'REAL_NAME', question: true });
    expect(at(REAL_NAME, '身份证照片能发给你吗')).not.toEqual(topic('idNotInChat'));
  });
});

describe('an older customer asking for help', () => {
  it.each(['你好 我年纪大了 不太会用手机 孙子说这个先用后付好 你能帮我弄一下吗', '你能帮我开一下吗', '孙子说先用后付好 帮我办一下吧'])(
    '%j wants it turned on',
    (text) => {
      expect(at(WELCOME, text)).toEqual({ type: 'ENABLE' });
    },
  );

  it('help with something else is not enabling', () => {
    expect(at(WELCOME, '帮我把先用后付关了')).not.toEqual({ type: 'ENABLE' });
    expect(at(WELCOME, '给我开发票')).not.toEqual({ type: 'ENABLE' });
    expect(at(REAL_NAME, '帮我弄一下')).toEqual(topic('onlyOnShopPage'));
  });

  it.each(['手机号是什么意思 是我的手机号码吗', '是我的手机号吗', 'which number?'])('%j at the phone step: their own mobile number', (text) => {
    expect(at(PHONE, text)).toEqual(topic('phoneMeant'));
  });
});

describe('a customer who will not log in', () => {
  it.each(['不想登录', '我不想登录，直接告诉我为什么没有', "I don't want to log in, just tell me why"])('%j at the login leaves it', (text) => {
    expect(at(PHONE, text)).toEqual({ type: 'CANCEL' });
    expect(at(CODE, text)).toEqual({ type: 'CANCEL' });
  });

  it.each(['不登录不行吗？', '不登录能开吗', 'do I have to log in?'])('%j asks whether it is needed', (text) => {
    expect(at(PHONE, text)).toEqual(topic('loginNeeded'));
  });

  it.each(['登录帮我查', 'Log in and check', '那登录一下 帮我查查'])('%j (the button offering the login) checks their status', (text) => {
    expect(at(WELCOME, text)).toEqual({ type: 'STATUS' });
  });
});
