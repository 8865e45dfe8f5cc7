// A mobile number typed wrong is read as one, with how many digits it had (the answer says what is wrong with it: QA).
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';

const nlu = createNlu();
const PHONE = 'flow.onboarding.login.awaitingPhone';
const CODE = 'flow.onboarding.login.awaitingOtp';
const WELCOME = 'flow.welcome';
const at = (state: string, text: string) => understandActivity(nlu, text, undefined, state).event;

it.each([
  [PHONE, '138000000001', 12],
  [PHONE, '+86 138 0000 00001', 12],
  [PHONE, '23800000001', 11],
  [PHONE, '我的手机号是1380000000', 10],
  [CODE, '138000000001', 12],
  [CODE, '138 0000 00001', 12],
  [CODE, '1380000000', 10],
  [WELCOME, '138000000001', 12],
  [WELCOME, '12800000001', 11],
  [WELCOME, 'my number is 1380000000', 10],
])('at %s, %j is a mobile number typed wrong, of %i digits', (state, text, digits) => {
  expect(at(state, text)).toEqual({ type: 'NUMBER_INVALID', digits });
});

it.each([
  // A code, at the code step or typed before the number (told the number comes first).
  [CODE, '123456', 'OTP_RECEIVED'],
  [PHONE, '123456', 'OTP_RECEIVED'],
  // The right number is the number.
  [WELCOME, '138 0000 0001', 'PHONE_RECEIVED'],
])('at %s, %j is still %s', (state, text, type) => {
  expect(at(state, text)?.type).toBe(type);
});

it.each([
  // A code one digit long at the code step is a code typed wrong, not a phone number.
  [CODE, '1234567'],
  // Amounts, a range: no phone number.
  [WELCOME, '1999 2999 3999'],
  [WELCOME, '100-500'],
])('at %s, %j is no mobile number typed wrong', (state, text) => {
  expect(at(state, text)).not.toMatchObject({ digits: expect.any(Number) });
});

// QA: "订单号 202612040001 还没到" at the phone step was told "这个号码好像不太对" (a mistyped phone number).
describe('a number introduced as an order number is no phone number', () => {
  const ORDERS_AFTER_LOGIN = { event: { type: 'ORDERS' }, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'orderNumberBeforeLogin' }] };
  const read = (state: string, text: string) => {
    const { event, answersFirst } = understandActivity(nlu, text, undefined, state);
    return { event, answersFirst };
  };

  it.each([
    [PHONE, '订单号 202612040001 还没到'],
    [PHONE, '单号202612040001怎么还没发货'],
    [PHONE, '我的订单号是202612040001'],
    [CODE, '订单编号：202612040001'],
    [WELCOME, 'order no. 202612040001 has not arrived'],
  ])('at %s, %j: the orders, after the login', (state, text) => {
    expect(read(state, text)).toEqual(ORDERS_AFTER_LOGIN);
  });

  it('a number alone is still a mistyped phone number; a parcel\'s tracking number is no order number', () => {
    expect(at(PHONE, '202612040001')).toEqual({ type: 'NUMBER_INVALID', digits: 12 });
    expect(read(WELCOME, '快递单号 202612040001').answersFirst).toBeUndefined();
  });
});
