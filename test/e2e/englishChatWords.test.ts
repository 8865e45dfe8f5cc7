// Over HTTP, English a QA round found misread while the Chinese worked: "k" and "kk" for ok, a person asked for inside a
// sentence, trust questions at the phone step, and what the code is for (or that none came) at the code step.
import { OTP, useE2e } from './harness';

const h = useE2e();

const handoffReason = async (): Promise<unknown> => {
  const record = (await h().storedRecord()) as { dialogue: { snapshot: { context: { handoffReason?: string } } } };
  return record.dialogue.snapshot.context.handoffReason;
};

// "hi", "k", "kk": "I'm not sure what you mean…", then a person as not understood; two "k"s at the phone step the same.
test('"k" and "kk" are an ok: at the welcome they start, at the phone step it asks again, and nobody is handed over', async () => {
  await h().reset('en-US');
  await h().say('hi');
  await h().say('k');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  for (const text of ['kk', 'k', 'kk thx']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  }
  expect(h().text).not.toMatch(/not sure what you mean|colleague/);
});

// At a payment's confirmation a plain "ok" pays; "k" does the same, no more.
test('"k" at a payment\'s confirmation does what "ok" does there', async () => {
  const outcome = async (text: string) => {
    await h().reset('en-US');
    await h().say('my orders');
    await h().say('13800000005');
    await h().say(OTP);
    await h().click(/^Confirm receipt & pay/);
    await h().say(text);
    return { state: await h().state(), earbuds: (await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status };
  };
  const ok = await outcome('ok');
  expect(ok).toEqual({ state: 'flow.purchase.showingOrders', earbuds: 'paid' });
  expect(await outcome('k')).toEqual(ok);
});

// "why is it saying overdue?? i want a human" got a clarifying question; "i want a human" alone handed over.
test('a person asked for inside an English sentence hands over at the order list, as "逾期了怎么办 转人工" does', async () => {
  for (const [locale, myOrders, text] of [
    ['en-US', 'my orders', 'why is it saying overdue?? i want a human'],
    ['zh-CN', '我的订单', '逾期了怎么办 转人工'],
  ]) {
    await h().reset(locale);
    await h().say(myOrders);
    await h().say('13800000006');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    await h().say(text);
    expect(await h().state()).toBe('handoff');
    expect(await handoffReason()).toBe('customer_request');
  }
});

test('"hi i need to talk to someone about my bill" in a new conversation hands over at once', async () => {
  await h().reset('en-US');
  await h().say('hi i need to talk to someone about my bill');
  expect(await h().state()).toBe('handoff');
  expect(await handoffReason()).toBe('customer_request');
});

test('"why is it saying overdue" alone at the list is answered there, as "逾期了怎么办" is', async () => {
  await h().reset('en-US');
  await h().say('my orders');
  await h().say('13800000006');
  await h().say(OTP);
  await h().say('why is it saying overdue');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toMatch(/late/i);
});

// Not understood (a person after the second) while "why do you need my number" was answered.
test.each(['why do u need my phone number? is this legit', 'is it safe to give my phone number', 'r u a scam'])(
  '%j at the phone step is told what the number is for, and the step stays',
  async (text) => {
    await h().reset('en-US');
    await h().say('turn on pay later');
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().text).toMatch(/only for logging in/);
    expect(h().text).toMatch(/never ask for a password/);
  },
);

// "whats the code for?" got "Sorry, I can't help with that: I only know about pay later".
test('"whats the code for?" at the code step is told what the code is; "what code? i didnt get one" sends a new one', async () => {
  await h().reset('en-US');
  await h().say('turn on pay later');
  await h().say('13800000001');
  await h().say('whats the code for?');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).toMatch(/one-time code sent by text message/);
  expect(h().text).toMatch(/never share it with anyone else/);
  expect(h().text).not.toMatch(/only know about/);
  for (const text of ['what code? i didnt get one', 'what code? i never got one']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).toContain('I sent a code to 138****0001');
  }
  await h().say(OTP);
  expect(await h().state()).not.toMatch(/login/);
});
