// A channel's retry of a post whose answer was lost (the same activity id again) runs no second turn, over HTTP.
import type { Activity } from 'botbuilder';
import { tapOf } from '../../src/channel/localChannel';
import { logIn, OTP, useE2e } from './harness';

const h = useE2e();

/** Any six digits but the mock's code. */
const WRONG_CODE = String((Number(OTP) + 1) % 1_000_000).padStart(6, '0');

/** What a customer sees of an answer: the messages' words, buttons and cards (not their ids or timestamps). */
const seen = (activities: Activity[]) =>
  activities.filter((a) => a.type === 'message').map((a) => ({ text: a.text, suggestedActions: a.suggestedActions, attachments: a.attachments }));

/** POSTs a message activity of the conversation as a channel does, the replies asked for in the HTTP answer. */
async function post(fields: Record<string, unknown>): Promise<ReturnType<typeof seen>> {
  const answer = await h().post(JSON.stringify(h().activity({ deliveryMode: 'expectReplies', ...fields })));
  expect(answer.status).toBe(200);
  return seen((JSON.parse(answer.body) as { activities: Activity[] }).activities);
}

const stored = async () => {
  const record = (await h().storedRecord()) as { turns: number; dialogue: { snapshot: { context: { otpAttempts: number } } } };
  return { turns: record.turns, otpAttempts: record.dialogue.snapshot.context.otpAttempts };
};

describe('a post the channel resends with the same id', () => {
  test('a wrong code resent twice counts once: the customer is not locked out, and each copy gets the first answer', async () => {
    await h().say('开通先用后付');
    await h().say('13800000001');
    const before = await stored();

    const first = await post({ id: 'd2-wrong', text: WRONG_CODE });
    expect(first.length).toBeGreaterThan(0);
    expect(await post({ id: 'd2-wrong', text: WRONG_CODE })).toEqual(first);
    expect(await post({ id: 'd2-wrong', text: WRONG_CODE })).toEqual(first);
    expect(await stored()).toEqual({ turns: before.turns + 1, otpAttempts: 1 });
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');

    // A second wrong code, said anew, is the second (not a fourth that pauses the login); the right one then logs in.
    expect(await post({ id: 'd2-wrong-again', text: WRONG_CODE })).not.toEqual(first);
    expect((await stored()).otpAttempts).toBe(2);
    await post({ id: 'd2-right', text: OTP });
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  });

  test('the right code resent: the PLUS step once, not the help menu with it', async () => {
    await h().say('开通先用后付');
    await h().say('13800000001');
    const first = await post({ id: 'd2-right', text: OTP });
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    const turns = (await stored()).turns;

    expect(await post({ id: 'd2-right', text: OTP })).toEqual(first);
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    expect((await stored()).turns).toBe(turns);
  });

  test('a greeting resent, in a conversation the channel opened without a word: the welcome again, not "what else"', async () => {
    const conversation = { id: `${h().conversationId}-unannounced` };
    const first = await post({ conversation, id: 'hi-1', text: 'hi' });
    expect(first.length).toBeGreaterThan(0);
    expect(await post({ conversation, id: 'hi-1', text: 'hi' })).toEqual(first);
    expect(await h().storedRecord(conversation.id)).toMatchObject({ turns: 1 });
    // The same words in a new post are a new message, answered as one.
    expect(await post({ conversation, id: 'hi-2', text: 'hi' })).not.toEqual(first);
    expect(await h().storedRecord(conversation.id)).toMatchObject({ turns: 2 });
  });

  test('two copies of "confirm receipt & pay" in flight at once: paid once, both answered with the payment', async () => {
    await h().say('我的订单');
    await logIn(h(), '13800000005');
    await h().click(/^确认收货并付款 · Wireless earbuds/);
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    const tap = tapOf(h().keep('确认收货并付款'));
    if (tap.kind !== 'send') throw new Error('the pay button is no message');
    const turns = (await stored()).turns;

    // The backend is slow, so the copy arrives while the original's payment is under way.
    h().backend.delay(300);
    const [one, other] = await Promise.all([post({ ...tap.activity, id: 'pay-1' }), post({ ...tap.activity, id: 'pay-1' })]);
    h().backend.delay(0);
    expect(other).toEqual(one);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect((await stored()).turns).toBe(turns + 1);
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
  });

  test('with normal delivery the replies went out already: the resent post is answered with nothing', async () => {
    await h().send({ type: 'message', id: 'faq-1', text: '需要什么条件' });
    expect(h().replies.length).toBeGreaterThan(0);
    const turns = (await stored()).turns;
    await h().send({ type: 'message', id: 'faq-1', text: '需要什么条件' });
    expect(h().turn.activities).toEqual([]);
    expect((await stored()).turns).toBe(turns);
  });

  test('posts without an id are each a message of their own', async () => {
    await post({ text: 'hi' });
    await post({ text: 'hi' });
    expect((await stored()).turns).toBe(2);
  });
});
