// Over HTTP: a message that asks two things gets both answered, in the order asked, the step kept; a person asked for beside
// a payment said made hands over, told it is that payment.
import { catalogs, type Locale, type MessageId } from '../../dialogs/messages';
import { logIn, returningEarbuds, useE2e, type E2e } from './harness';

const h = useE2e();

/** Where each catalog line stands in the last turn's text (-1: not said), to check that all are said, in this order. */
function saidInOrder(e2e: E2e, locale: Locale, ids: MessageId[]): void {
  const at = ids.map((id) => e2e.text.indexOf(catalogs[locale][id]));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

/** Each catalog line said once only. */
function saidOnce(e2e: E2e, locale: Locale, id: MessageId): void {
  expect(e2e.text.split(catalogs[locale][id]).length - 1).toBe(1);
}

async function atTerms(locale: Locale): Promise<void> {
  await h().reset(locale);
  await h().say(locale === 'en-US' ? 'turn on pay later' : '我要开通');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
}

describe('two questions at the terms (13800000004): both answered in order, the terms kept', () => {
  test.each<[string, MessageId[]]>([
    ['额度有多少？逾期了会怎样', ['topic.creditLimit', 'faq.pay']],
    ['逾期了会怎样？额度有多少', ['faq.pay', 'topic.creditLimit']],
  ])('%s', async (words, ids) => {
    await atTerms('zh-CN');
    await h().say(words);
    saidInOrder(h(), 'zh-CN', ids);
    for (const id of ids) saidOnce(h(), 'zh-CN', id);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    expect(h().buttons).toContain('同意并开通');
  });

  test('"wait, is there any interest or fee? whats the limit?": the fees once, then the limit', async () => {
    await atTerms('en-US');
    await h().say('wait, is there any interest or fee? whats the limit?');
    saidInOrder(h(), 'en-US', ['topic.fees', 'topic.creditLimit']);
    saidOnce(h(), 'en-US', 'topic.fees');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  });
});

test('the limit and paying late asked at the phone step: both answered, the phone number still asked for', async () => {
  await h().say('我要开通');
  await h().say('额度有多少？逾期了会怎样');
  saidInOrder(h(), 'zh-CN', ['notice.statusNeedsLogin', 'faq.pay']);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

test('what it is, and whether it costs money or hurts the credit score, as a first message: all three answered', async () => {
  await h().reset('en-US');
  await h().say('what is this pay later thing? does it cost money or hurt my credit score?');
  saidInOrder(h(), 'en-US', ['faq.what_is', 'topic.fees', 'faq.credit']);
  expect(await h().state()).toBe('flow.welcome');
});

test('paid for PLUS, the page stuck, and a person asked for: handed over, told it is that payment', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  await h().say('我付了钱但是页面卡住了 到底开成功没有 我要找人');
  expect(await h().state()).toBe('handoff');
  expect(h().text).toContain(catalogs['zh-CN']['handoff.lead.plus_payment']);
  const record = (await h().storedRecord()) as { dialogue: { snapshot: { context: { handoffReason?: string } } } };
  expect(record.dialogue.snapshot.context.handoffReason).toBe('plus_payment');
});

test('"等等 能换货吗 不想退" at a return\'s confirmation: where exchanges go, then the return taken back', async () => {
  await returningEarbuds(h());
  await h().say('左耳没声音');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().say('等等 能换货吗 不想退');
  saidInOrder(h(), 'zh-CN', ['topic.exchange', 'notice.leftAsIs.return']);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
});
