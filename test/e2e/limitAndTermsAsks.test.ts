// Over HTTP, a QA re-probe: the credit limit's questions ("能提额吗", "8000块的手机额度够吗", "额度怎么这么低") were not
// understood from 13800000005, whose limit (¥5,000) the bot knows, and the third handed the customer over. At the terms
// (13800000004), "我是说会不会影响我贷款买房" left them for the orders, and "同意并开通" typed after it was not understood;
// "协议在哪看" gave no link nor where the full text is; "开了不用会扣钱吗" was told "我不会替你付款"; "开通要查征信吗" got the
// text for a refused credit check; "开了有什么好处" opened with "I won't decide for you".
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { logIn, useE2e } from './harness';

const h = useE2e();
const TERMS = 'flow.onboarding.confirmingTerms';
const ENABLED = 'flow.onboarding.enabled';
const LIMIT = '¥5,000.00';

describe('the limit asked by a customer whose limit is known (13800000005)', () => {
  test('"能提额吗", "8000块的手机额度够吗", "额度怎么这么低": answered with the limit, none handed over', async () => {
    await logIn(h(), '13800000005');
    await h().say('能提额吗');
    expect(h().text).toContain(zhCN['topic.limitRaise'].replace('{limit}', LIMIT));
    expect(h().buttons).toContain('转人工客服');
    await h().say('8000块的手机额度够吗');
    expect(h().text).toContain(zhCN['topic.limitOver'].replace('{limit}', LIMIT));
    await h().say('额度怎么这么低');
    expect(h().text).toContain(zhCN['topic.limitRaise'].replace('{limit}', LIMIT));
    // Said once a turn: the step's own line does not say the limit again.
    expect(h().text.split(LIMIT)).toHaveLength(2);
    expect(await h().state()).toBe(ENABLED);
  });

  test('an amount within the limit ("3000的电视额度够吗"): within it, the checkout page decides', async () => {
    await logIn(h(), '13800000005');
    await h().say('3000的电视额度够吗');
    expect(h().text).toContain(zhCN['topic.limitWithin'].replace('{limit}', LIMIT));
  });

  test('in English: "can I get a higher limit?", "is my limit enough for a 8000 phone?"', async () => {
    await h().say('my orders');
    await logIn(h(), '13800000005');
    await h().say('can I get a higher limit?');
    expect(h().text).toContain(enUS['topic.limitRaise'].replace('{limit}', LIMIT));
    await h().say('is my limit enough for a 8000 phone?');
    expect(h().text).toContain(enUS['topic.limitOver'].replace('{limit}', LIMIT));
  });

  test('before the login: a login to see it, which shows the limit', async () => {
    await h().say('8000块的手机额度够吗');
    expect(h().text).toBe(zhCN['topic.creditLimit.logIn']);
    await h().click('登录查看额度');
    await logIn(h(), '13800000005');
    expect(h().text).toContain(LIMIT);
  });
});

describe('questions at the terms (13800000004), the terms kept', () => {
  async function atTerms(): Promise<void> {
    await h().say('开通');
    await logIn(h(), '13800000004');
    expect(await h().state()).toBe(TERMS);
  }

  test('"我是说会不会影响我贷款买房" then "同意并开通": what keeps the record good, then turned on', async () => {
    await atTerms();
    await h().say('我是说会不会影响我贷款买房');
    expect(await h().state()).toBe(TERMS);
    expect(h().text).toContain(zhCN['topic.loanImpact']);
    expect(h().buttons).toEqual(['同意并开通', '暂不开通', '转人工客服']);
    await h().say('同意并开通');
    expect((await h().account('13800000004')).payLater.enabled).toBe(true);
  });

  test('"会影响我房贷吗": the same answer, the terms kept', async () => {
    await atTerms();
    await h().say('会影响我房贷吗');
    expect(await h().state()).toBe(TERMS);
    expect(h().text).toContain(zhCN['topic.loanImpact']);
  });

  test('"协议在哪看": the summary, a colleague for the full text, and nothing turned on before agreeing', async () => {
    await atTerms();
    await h().say('协议在哪看');
    expect(await h().state()).toBe(TERMS);
    expect(h().text).toContain(zhCN['topic.terms']);
    expect(h().text).not.toContain('以商城开通页面上的为准');
    expect(h().buttons).toEqual(expect.arrayContaining(['同意并开通', '暂不开通', '转人工客服']));
  });

  test('"开了不用会扣钱吗": turning it on costs nothing, then the fees', async () => {
    await atTerms();
    await h().say('开了不用会扣钱吗');
    expect(await h().state()).toBe(TERMS);
    expect(h().text).toContain(zhCN['topic.unusedCost']);
    expect(h().text).toContain(zhCN['topic.fees']);
    expect(h().text).not.toContain('我不会替你付款');
  });

  test('"开通要查征信吗": the credit check is a condition, theirs passed', async () => {
    await atTerms();
    await h().say('开通要查征信吗');
    expect(await h().state()).toBe(TERMS);
    expect(h().text).toContain(zhCN['faq.credit.passed']);
    expect(h().text).not.toContain('情况变了以后可以再来试试');
  });

  test('"开了有什么好处": what it gives first; "你觉得我该开吗？": up to the customer, then that', async () => {
    await atTerms();
    await h().say('开了有什么好处');
    expect(h().text.startsWith(zhCN['topic.enableBenefits'])).toBe(true);
    expect(h().text).not.toContain(zhCN['topic.enableAdvice']);
    await h().say('你觉得我该开吗？');
    expect(h().text.startsWith(zhCN['topic.enableAdvice'])).toBe(true);
    expect(h().text).toContain(zhCN['topic.enableBenefits']);
    expect(await h().state()).toBe(TERMS);
  });
});
