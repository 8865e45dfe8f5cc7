// Digits at the phone step that begin a phone number but stop short ("138000") are a number cut short, not a code.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';

const nlu = createNlu();
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const at = (text: string) => understandActivity(nlu, text, undefined, PHONE_STEP).event;

// "138000" got "先发手机号给我" (read as a one-time code typed before the phone number).
it.each(['138000', '1380', '13800', '1380000', '138000000', '1380000000', '１３８０００'])('%j at the phone step is a phone number cut short', (text) => {
  // With how many digits it had, for the answer to say it (test/e2e/loginDetails.test.ts).
  expect(at(text)).toEqual({ type: 'NUMBER_INVALID', digits: text.normalize('NFKC').length });
});

it.each(['123456', '654321', '验证码138000'])('%j at the phone step is still a code typed before the phone number', (text) => {
  expect(at(text)).toMatchObject({ type: 'OTP_RECEIVED' });
});
