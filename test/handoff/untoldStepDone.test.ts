// The shop's notice that PLUS was bought moved the chat on, but its message never reached the customer (their channel was
// unreachable: the Emulator's serviceUrl changes when it restarts), or crossed their own "done": their next turn hears it.
import { randomUUID } from 'node:crypto';
import type { Activity, CardAction } from 'botbuilder';
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { conversationKey } from '../../src/bot/conversationRecord';
import type { ChannelConversation } from '../../src/channel/localChannel';
import { loadConversation, restingStep } from '../../src/handoff/conversations';
import { ID_NUMBER, OTP, linksOf, messages, submitShopPage, useHarness, waitForActivity } from './harness';

const plusActivated = (accountId: string) => ({ eventId: randomUUID(), type: 'plus.activated', accountId, occurredAt: new Date().toISOString() });

const textsOf = (activities: Activity[]): string[] => messages(activities).map((a) => a.text ?? '');
const buttonTitled = (activities: Activity[], title: string): CardAction | undefined =>
  activities.flatMap((a) => a.suggestedActions?.actions ?? []).find((b) => b.title === title);

describe("the shop's notice of PLUS bought, unheard or crossing the customer's own \"done\"", () => {
  const h = useHarness();

  /** The conversation's stored way back to the customer no longer reaches them (a restarted Emulator listens elsewhere). */
  async function channelGone(customer: ChannelConversation): Promise<void> {
    const key = conversationKey(customer.id);
    const stored = (await h.bot.storage.read([key]))[key] as { reference: Record<string, unknown> };
    await h.bot.storage.write({ [key]: { ...stored, reference: { ...stored.reference, serviceUrl: 'http://127.0.0.1:9/' } } });
  }

  /** PLUS bought on the shop's page: the backend's signed notice, answered as the webhook answers it. */
  async function plusBought(accountId: string) {
    h.mock.mock.state.activatePlus(accountId);
    return h.sendEvent(plusActivated(accountId));
  }

  async function record(customer: ChannelConversation) {
    const stored = await loadConversation(h.bot.storage, customer.id);
    if (!stored) throw new Error('no record');
    return stored;
  }

  test('"done, I bought it" after an undelivered notice is told PLUS is active and what comes next, not "I can\'t see your verification"', async () => {
    const customer = h.customer({ locale: 'en-US' });
    await customer.say('turn on pay later');
    await customer.say('13800000001');
    const plusStep = (await customer.say(OTP)).activities;
    expect(linksOf(plusStep).some((l) => l.includes('/shop/plus'))).toBe(true);
    await channelGone(customer);
    const seen = customer.activities.length;

    // The dialogue moved on all the same, and the webhook says whom it could not tell (no 500, nothing for a retry to do).
    const answer = await plusBought('acct_001');
    expect(answer).toMatchObject({ status: 200, body: { status: 'delivered', conversationId: customer.id, untold: [customer.id] } });
    expect(customer.activities).toHaveLength(seen);
    expect(restingStep(await record(customer))).toBe('realName');
    expect((await record(customer)).shopStepDone).toMatchObject({ steps: ['plus'], untold: true });

    const replies = (await customer.say('done, I bought it')).activities;
    const texts = textsOf(replies);
    expect(texts[0]).toBe(enUS['topic.plusDoneAlready']);
    expect(texts.join('\n')).not.toContain(enUS['notice.stepNotDoneYet.realName']);
    // Said once: the kept notice is not said beside the answer that says the same.
    expect(texts.join('\n')).not.toContain(enUS['notice.stepDone.plus.next']);
    expect(linksOf(replies).some((l) => l.includes('/shop/real-name'))).toBe(true);
    expect(restingStep(await record(customer))).toBe('realName');
    expect((await record(customer)).shopStepDone).toBeUndefined();
  });

  test('an undelivered notice is said at the start of the next turn, whatever it is, and then forgotten', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000001');
    await channelGone(customer);
    await plusBought('acct_001');

    const first = textsOf((await customer.say('你好')).activities);
    expect(first[0]).toBe(zhCN['notice.stepDone.plus.next']);
    const again = textsOf((await customer.say('你好')).activities);
    expect(again.join('\n')).not.toContain(zhCN['notice.stepDone.plus.next']);
  });

  test("PLUS's own 我已开通好了, tapped after an undelivered notice, is told PLUS is active, not that the button is an earlier step's", async () => {
    const customer = h.customer();
    const plusStep = await h.login(customer, '13800000001');
    const plusDone = buttonTitled(plusStep, zhCN['button.plusDone']);
    expect(plusDone).toBeDefined();
    await channelGone(customer);
    await plusBought('acct_001');

    const replies = (await customer.send({ type: 'message', text: plusDone?.text, value: plusDone?.value })).activities;
    const texts = textsOf(replies);
    expect(texts[0]).toBe(zhCN['topic.plusDoneAlready']);
    expect(texts.join('\n')).not.toContain(zhCN['topic.staleButton']);
    expect(buttonTitled(replies, zhCN['button.realNameDone'])).toBeDefined();
    expect(restingStep(await record(customer))).toBe('realName');
  });

  test('a "done" crossing a delivered notice is about PLUS too; the real-name step\'s own button is still checked', async () => {
    const customer = h.customer();
    const plusStep = await h.login(customer, '13800000001');
    const plusDone = buttonTitled(plusStep, zhCN['button.plusDone']);
    const seen = customer.activities.length;
    expect(await plusBought('acct_001')).toMatchObject({ status: 200, body: { status: 'delivered' } });
    const realNameStep = await waitForActivity(customer, (a) => linksOf([a]).some((l) => l.includes('/shop/real-name')), { from: seen });
    expect(textsOf(customer.activities.slice(seen)).join('\n')).toContain(zhCN['notice.stepDone.plus.next']);

    // The tap on PLUS's button, then typed words, as they cross the message.
    const tapped = textsOf((await customer.send({ type: 'message', text: plusDone?.text, value: plusDone?.value })).activities);
    expect(tapped[0]).toBe(zhCN['topic.plusDoneAlready']);
    // Bought again (a second tab): nobody waits at PLUS any more, and nothing is kept for the next turn.
    expect(await plusBought('acct_001')).toMatchObject({ status: 200, body: { status: 'not_waiting' } });
    expect((await record(customer)).shopStepDone).toBeUndefined();

    const ownDone = buttonTitled([realNameStep], zhCN['button.realNameDone']);
    const checked = textsOf((await customer.send({ type: 'message', text: ownDone?.text, value: ownDone?.value })).activities);
    expect(checked[0]).toBe(zhCN['notice.stepNotDoneYet.realName']);
  });

  test('typed "好了" right after the delivered notice is PLUS; once the moment has passed it is checked as real-name done', async () => {
    const soon = h.customer();
    await h.login(soon, '13800000001');
    await plusBought('acct_001');
    expect(textsOf((await soon.say('好了')).activities)[0]).toBe(zhCN['topic.plusDoneAlready']);

    await h.mock.request('POST', '/v1/_reset');
    const later = h.customer();
    await h.login(later, '13800000001');
    await plusBought('acct_001');
    // Three minutes on: the customer has read what comes next.
    const key = conversationKey(later.id);
    const stored = (await h.bot.storage.read([key]))[key] as { shopStepDone: { at: string } };
    const threeMinutesAgo = new Date(Date.now() - 3 * 60_000).toISOString();
    await h.bot.storage.write({ [key]: { ...stored, shopStepDone: { ...stored.shopStepDone, at: threeMinutesAgo } } });
    expect(textsOf((await later.say('好了')).activities)[0]).toBe(zhCN['notice.stepNotDoneYet.realName']);
  });

  /**
   * Persona 2 at the real-name step verifies on the shop's page while their channel is unreachable: the dialogue is at the
   * terms, which the customer has never seen.
   */
  async function verifiedUnheard(): Promise<ChannelConversation> {
    const customer = h.customer();
    const realNameStep = await h.login(customer, '13800000002');
    const link = linksOf(realNameStep).find((l) => l.includes('/shop/real-name'));
    expect(link).toBeDefined();
    await channelGone(customer);
    const seen = customer.activities.length;
    await submitShopPage(h, link as string, { accountId: 'acct_002', name: '张三', idNumber: ID_NUMBER });
    expect(customer.activities).toHaveLength(seen);
    expect(restingStep(await record(customer))).toBe('terms');
    expect((await record(customer)).shopStepDone).toMatchObject({ steps: ['realName'], untold: true });
    return customer;
  }

  // "好了" got "对，那一步已经完成了 ✅ 现在只差最后一步" and "要开通的话，点「同意并开通」": the terms never shown.
  test('"好了" after an undelivered "verified": the step is done, and the terms in full, which the customer never saw', async () => {
    const customer = await verifiedUnheard();
    const texts = textsOf((await customer.say('好了')).activities);
    expect(texts.join('\n')).toContain(zhCN['prompt.confirmingTerms']);
    expect(texts.join('\n')).not.toContain(zhCN['prompt.confirmingTerms.again']);
    expect(texts[0]).toMatch(/完成/);
    // Heard once: a question next gets the short line.
    const next = textsOf((await customer.say('要手续费吗')).activities);
    expect(next.join('\n')).toContain(zhCN['prompt.confirmingTerms.again']);
  });

  // "开通" there turned pay-later on straight away, the terms never shown.
  test('"开通" after an undelivered "verified" shows the terms first; the next yes turns it on', async () => {
    const customer = await verifiedUnheard();
    const texts = textsOf((await customer.say('开通')).activities);
    expect(texts[0]).toBe(zhCN['notice.stepDone.realName']);
    expect(texts.join('\n')).toContain(zhCN['prompt.confirmingTerms']);
    expect(restingStep(await record(customer))).toBe('terms');
    expect((await h.mock.mock.state.account('acct_002')).payLater.enabled).toBe(false);
    await customer.say('开通');
    expect((await h.mock.mock.state.account('acct_002')).payLater.enabled).toBe(true);
  });
});
