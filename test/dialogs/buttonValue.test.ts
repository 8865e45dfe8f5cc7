// Button values carry only the events a customer may send; forged backend or agent events are refused.
import { buttonValueSchema } from '../../dialogs';

describe('buttonValueSchema', () => {
  it.each([
    { type: 'ENABLE' },
    { type: 'AFFIRM' },
    { type: 'OUT_OF_SCOPE' },
    { type: 'RETRY' },
    { type: 'OTP_RESEND_REQUESTED' },
    { type: 'ORDER_PAY_CHOSEN', orderId: 'JD1' },
    { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD2' },
    { type: 'RETURN_REASON_GIVEN', reason: 'quality' },
  ])('accepts %j', (event) => {
    expect(buttonValueSchema.parse({ event })).toEqual({ event });
  });

  it.each([
    { type: 'SESSION_PROVIDED', session: { accountId: 'a', token: 't', expiresAt: 'x' } },
    { type: 'BACKEND_STEP_COMPLETED', step: 'plus' },
    { type: 'AGENT_RELEASED' },
    { type: 'OTP_RECEIVED', code: '123456' },
    { type: 'PHONE_RECEIVED', phone: '13800000001' },
    { type: 'ORDER_PAY_CHOSEN' },
    { type: 'RETURN_REASON_GIVEN', reason: 'free text' },
    { type: 'enable' },
    'ENABLE',
  ])('refuses %j', (event) => {
    expect(buttonValueSchema.safeParse({ event }).success).toBe(false);
  });

  it('refuses a value without an event', () => {
    expect(buttonValueSchema.safeParse({ type: 'ENABLE' }).success).toBe(false);
    expect(buttonValueSchema.safeParse(undefined).success).toBe(false);
  });
});
