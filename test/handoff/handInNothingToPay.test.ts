// A hand-in of "pay" for a customer with nothing to pay said only "help you confirm receipt and pay", then "Nothing needs
// your attention", while "return" in the same situation says why: "pay" now says nothing waits for payment, and that an
// order on its way is paid once it arrives.
import { catalogs } from '../../dialogs/messages';
import { messages, referenceOf, settle, useHarness, waitForActivity } from './harness';

describe('a hand-in of a payment with nothing to pay', () => {
  const h = useHarness();

  test.each([
    { locale: 'en-US' as const, account: 'acct_006', paid: 'JD6001', coming: undefined },
    { locale: 'zh-CN' as const, account: 'acct_006', paid: 'JD6001', coming: undefined },
    { locale: 'en-US' as const, account: 'acct_005', paid: 'JD5001', coming: 'JD5002' },
    { locale: 'zh-CN' as const, account: 'acct_005', paid: 'JD5001', coming: 'JD5002' },
  ])('($locale, $account) says nothing waits for payment, naming what is on its way, before the list', async ({ locale, account, paid, coming }) => {
    const catalog = catalogs[locale];
    h.mock.mock.state.moveOrder(account, paid, 'confirmReceipt');
    const customer = h.customer();
    const answer = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent: 'pay', accountId: account, locale } });
    expect(answer).toMatchObject({ status: 201, body: { step: 'purchase' } });
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    await settle();
    const texts = messages(customer.activities).map((a) => a.text ?? '');
    expect(texts[0]).toContain(catalog['notice.handedIn.pay']);
    const why = coming ? catalog['topic.nothingToPay.coming'].split('{titles}')[0] : catalog['topic.nothingToPay'];
    expect(texts[1]).toContain(why);
  });
});
