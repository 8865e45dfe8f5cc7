// A phone number typed beside a request, set apart by a space or a comma ("帮我开通 13800000004"): the login with it. The
// prober's "帮我开通 13800000004" was read as enabling alone, the number dropped: the bot asked for the number, and the code
// typed next was told "先发手机号给我".
import { catalogs } from '../../dialogs/messages';
import { logIn, OTP, useE2e } from './harness';

const h = useE2e();
const zh = catalogs['zh-CN'];
/** The code's line, in either language, names the number masked. */
const CODE_SENT = '138****0004';

describe('a request with the number beside it sends the code to that number', () => {
  it.each([
    // Each of these asked for the number it was just given.
    '帮我开通 13800000004',
    '帮我开一下 13800000004',
    '13800000004 帮我开通',
    '13800000004 帮我开一下',
    '帮我开通，13800000004',
    '13800000004，帮我开通',
    '帮我开通先用后付 13800000004',
    '帮我开通 我的手机13800000004',
    '帮我开通 138 0000 0004',
    'I need help enabling it 13800000004',
    // These worked, and must go on working.
    '帮我开通13800000004',
    '开通先用后付 13800000004',
    '我要开通 手机13800000004',
    '登录 13800000004',
    'turn it on 13800000004',
    '13800000004 log me in',
  ])('%j', async (typed) => {
    const codes = h().backend.requests('POST /v1/otp');
    await h().say(typed);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).toContain(CODE_SENT);
    expect(h().backend.requests('POST /v1/otp')).toBe(codes + 1);
  });

  test('"帮我开通 13800000004", then the code: logged in, never told to send the number first', async () => {
    await h().say('帮我开通 13800000004');
    await h().say(OTP);
    expect(h().text).not.toContain(zh['notice.phoneFirst']);
    expect(await h().state()).not.toMatch(/^flow\.onboarding\.login\./);
  });
});

describe('an order request with the number beside it logs in and goes to the orders', () => {
  it.each([
    '13800000005 check my orders',
    '13800000005 return my earbuds',
    '查订单 13800000005',
    '13800000005 帮我查下订单',
    '付款 13800000005',
    '13800000005 我要退货',
  ])('%j', async (typed) => {
    await h().say(typed);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    await h().say(OTP);
    expect(await h().state()).toMatch(/^flow\.purchase\./);
  });
});

describe('numbers that are no phone number beside a request keep their readings', () => {
  test('the number alone at the phone step, then the code', async () => {
    await h().say('帮我开通');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    await logIn(h(), '13800000004');
    expect(await h().state()).not.toMatch(/^flow\.onboarding\.login\./);
  });

  test('a wrong code at the code step is a code, not a number', async () => {
    await h().say('帮我开通 13800000004');
    // A code, not the one the mock accepts (OTP).
    await h().say('111111');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).not.toContain(zh['notice.phoneFirst']);
  });

  test.each([
    // An order number, amounts, a courier's number: no code is sent to anyone.
    '订单号 202612040001 还没到',
    '1999 2999 3999 哪个能用先用后付',
    '快递员13912345678说放门口了',
  ])('%j sends no code', async (typed) => {
    const codes = h().backend.requests('POST /v1/otp');
    await h().say(typed);
    expect(await h().state()).not.toBe('flow.onboarding.login.awaitingOtp');
    expect(h().backend.requests('POST /v1/otp')).toBe(codes);
  });
});
