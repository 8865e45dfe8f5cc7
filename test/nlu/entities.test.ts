// Values typed into the chat are recognised in the shapes customers actually type them.
import { extractEntities } from '../../src/nlu/entities';

describe('extractEntities', () => {
  it.each([
    ['13800000001', { phone: '13800000001' }],
    ['我的手机号是 138 0000 0001', { phone: '13800000001' }],
    ['138-0000-0001', { phone: '13800000001' }],
    ['+86 13800000001', { phone: '13800000001' }],
    ['+86 138 0000 0001', { phone: '13800000001' }],
    ['8613800000005', { phone: '13800000005' }],
    ['００８６１３８０００００００６', { phone: '13800000006' }],
    ['123456', { otp: '123456' }],
    ['验证码是123456', { otp: '123456' }],
    ['code: 654321 thanks', { otp: '654321' }],
    ['13800000001 123456', { phone: '13800000001', otp: '123456' }],
    ['654321.', { otp: '654321' }],
    ['the code is 654 321', { otp: '654321' }],
    ['654-321', { otp: '654321' }],
    ['验证码是 654 321', { otp: '654321' }],
    ['验证码是 6 5 4 3 2 1', { otp: '654321' }],
    ['订单PL20240601001要退货', { orderId: 'PL20240601001' }],
    ['return pl-123456 please', { orderId: 'PL123456' }],
    ['JD5001 还没收到', { orderId: 'JD5001' }],
    ['return jd 5002', { orderId: 'JD5002' }],
    ['身份证 11010519491231002X', { idNumber: '11010519491231002X' }],
    ['110105194912310021', { idNumber: '110105194912310021' }],
    // In groups it was read as a phone number (194…), and a login code sent there.
    ['我的身份证号是 110105 19491231 002x', { idNumber: '11010519491231002X' }],
    ['110105-19491231-002X', { idNumber: '11010519491231002X' }],
    ['1101 0519 4912 3100 2X', { idNumber: '11010519491231002X' }],
    ['+86 138 0000 0001', { phone: '13800000001' }],
  ])('reads %j', (text, expected) => {
    expect(extractEntities(text)).toEqual(expected);
  });

  it.each([
    ['an 11-digit phone number is not a code', '13800000001', 'otp'],
    ['a 12-digit number is neither a phone nor a code', '138000000012', 'phone'],
    ['a 7-digit number is not a code', '1234567', 'otp'],
    ['a 7-digit number split in two is not a code', '123 4567', 'otp'],
    ['a range is not a code', '额度是100-500之间吗', 'otp'],
    ['two prices are not a code', '价格 199 299', 'otp'],
    ['a tracking number is not a code', '物流单号 123 456 789', 'otp'],
    ['an amount is not a code', '一共 123456.00 元', 'otp'],
    ['a number not starting 13–19 is not a mobile', '12800000001', 'phone'],
    ['the digits of an order id are not a code', 'PL123456', 'otp'],
    ['the digits of an ID number are not a phone', '11010519491231002X', 'phone'],
  ])('%s', (_, text, key) => {
    expect(extractEntities(text)).not.toHaveProperty(key);
  });

  it('finds nothing in ordinary sentences', () => {
    expect(extractEntities('我想开通先用后付')).toEqual({});
    expect(extractEntities('88')).toEqual({});
  });
});
