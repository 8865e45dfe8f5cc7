// Over HTTP, English a QA round found misread while the Chinese worked: "k" and "kk" for ok, a person asked for inside a
// sentence, trust questions at the phone step, and what the code is for (or that none came) at the code step.
import { OTP, useE2e } from './harness';

const h = useE2e();

const handoffReason = async (): Promise<unknown> => {
  const record = (await h().storedRecord()) as { dialogue: { snapshot: { context: { handoffReason?: string } } } };
  return record.dialogue.snapshot.context.handoffReason;
};

// "hi", "k", "kk": "I'm not sure what you mean…", then a person as not understood; two "k"s at the phone step the same.
// "hi" is answered "what else can I help you with?", which asks nothing to say yes to: "k" there is an ok back (it
// started the login), as after any answer (below).
test('"k" and "kk" are an ok: at the welcome an ok back, at the phone step it asks again, and nobody is handed over', async () => {
  await h().reset('en-US');
  await h().say('hi');
  await h().say('k');
  expect(await h().state()).toBe('flow.welcome');
  await h().say('turn it on');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  for (const text of ['kk', 'k', 'kk thx']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  }
  expect(h().text).not.toMatch(/not sure what you mean|colleague/);
});

// "k" right after an answer's "What else can I help you with?" started the login: that open question asks nothing to say yes to.
test('"k" after "what else can I help you with?" is an ok back: the menu stays, no login started', async () => {
  await h().reset('en-US');
  await h().say('hi');
  await h().say('what is pay later');
  expect(h().text).toContain('What else can I help you with?');
  const menu = h().buttons;
  await h().say('k');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().buttons).toEqual(menu);
  expect(h().text).not.toMatch(/phone number/);
});

// "k" paid ¥299 at the earbuds' payment, as a plain "ok" does there. Now intentionally different: a one-letter ok is too
// casual to consent to a payment; it is told how to go ahead, as "ok cool" is, and nothing is paid.
test('"k" at a payment\'s confirmation no longer does what "ok" does: it is told how to go ahead, as "ok cool" is, and nothing is paid', async () => {
  const outcome = async (text: string) => {
    await h().reset('en-US');
    await h().say('my orders');
    await h().say('13800000005');
    await h().say(OTP);
    await h().click(/^Confirm receipt & pay/);
    await h().say(text);
    const earbuds = (await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status;
    return { state: await h().state(), earbuds, text: h().text, buttons: h().buttons };
  };
  const ok = await outcome('ok');
  expect(ok).toMatchObject({ state: 'flow.purchase.showingOrders', earbuds: 'paid' });
  const cool = await outcome('ok cool');
  expect(cool).toMatchObject({ state: 'flow.purchase.confirmingReceipt', earbuds: 'delivered' });
  for (const text of ['k', 'kk', 'okie']) expect(await outcome(text)).toEqual(cool);
});

// "k" at the terms turned pay-later on. It is too casual to consent to credit terms: told how to go ahead, nothing enabled.
test('"k" at the terms is told how to go ahead, as "ok cool" is, and pay-later stays off', async () => {
  const outcome = async (text: string) => {
    await h().reset('en-US');
    await h().say('turn on pay later');
    await h().say('13800000004');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    await h().say(text);
    const enabled = (await h().account('13800000004')).payLater.enabled;
    return { state: await h().state(), enabled, text: h().text, buttons: h().buttons };
  };
  const cool = await outcome('ok cool');
  expect(cool).toMatchObject({ state: 'flow.onboarding.confirmingTerms', enabled: false, buttons: ['Agree and turn on', 'Not now'] });
  for (const text of ['k', 'kk', 'okk', 'okie']) expect(await outcome(text)).toEqual(cool);
  // The plain yes still turns it on.
  expect(await outcome('ok')).toMatchObject({ state: 'flow.onboarding.enabled', enabled: true });
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
// Whether this is the shop at all ("r u a scam") is the login's safety: test/e2e/loginWorries.test.ts.
test.each(['why do u need my phone number? is this legit', 'is it safe to give my phone number'])(
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

// Re-probe: "do i need to talk to someone?" handed the customer over (the classifier's human, 0.64), at the welcome and mid-step.
test('whether a person is needed, asked at the welcome or the PLUS step, is answered and the step kept; asked for, one comes', async () => {
  await h().reset('en-US');
  await h().say('do i need to talk to someone?');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toMatch(/right here/);
  await h().say('turn on pay later');
  await h().say('13800000001');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  for (const text of ['will i have to talk to someone on the phone?', 'can i talk to someone later if something goes wrong?', 'do i have to call anyone?']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    expect(h().text).toMatch(/right here/);
    expect(h().buttons).toContain('Get PLUS');
  }
  await h().say('can i talk to someone?');
  expect(await h().state()).toBe('handoff');
  expect(await handoffReason()).toBe('customer_request');
});

// "the link is broken" at the PLUS step was a return: "You haven't turned on pay later yet, so there are no such orders…",
// the PLUS step dropped. "the app is broken" at the welcome asked to log in "to ask for a return".
test('a link or app that does not work is apologised for: the PLUS step keeps its link, the welcome asks to try again', async () => {
  await h().reset('en-US');
  await h().say('turn on pay later');
  await h().say('13800000001');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  await h().say('the link is broken');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  expect(h().text).toMatch(/^Sorry/);
  expect(h().text).not.toMatch(/no such orders|return/);
  expect(h().buttons).toEqual(expect.arrayContaining(['Get PLUS', "I've done it"]));
  expect(h().link('Get PLUS')).toMatch(/\/shop\/plus\?account=acct_001$/);

  await h().reset('en-US');
  await h().say('hi');
  await h().say('the app is broken');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toMatch(/try again/);
  expect(h().text).not.toMatch(/log in|return/);
});

// At the code step "i didnt get what you mean" and "i didn't get the earbuds yet" both sent a new code.
test('at the code step, "didn\'t get" about something else than the code sends no code', async () => {
  await h().reset('en-US');
  await h().say('my orders');
  await h().say('13800000005');
  await h().say('i didnt get what you mean');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).not.toMatch(/again/);
  expect(h().text).toMatch(/send me the code/);
  await h().say("i didn't get the earbuds yet");
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).not.toMatch(/again/);
  expect(h().text).toMatch(/Once you log in, I can show your pay later orders/);
  // After the minute a code is given to arrive: sooner, none is sent (test/e2e/codeResends.test.ts).
  h().passTime(60_000);
  await h().say("didn't get it");
  expect(h().text).toContain('I sent a code to 138****0005 again');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toMatch(/earbuds/i);
});

// Before the login "i cant see pay later at checkout" got "I'm not sure what you mean", as "why don't i see…" did, while
// "why is pay later not showing at checkout?" asked for the login and showed the status.
test.each(['i cant see pay later at checkout', "why don't i see pay later at checkout", 'the checkout page is broken, i cant see pay later'])(
  '%j before the login asks for it, then shows the status, as "why is pay later not showing at checkout?" does',
  async (text) => {
    await h().reset('en-US');
    await h().say('hi');
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().text).toMatch(/To check your progress, please log in first/);
    await h().say('13800000001');
    await h().say(OTP);
    expect(h().text).toMatch(/Use first, pay later: your progress/);
  },
);
