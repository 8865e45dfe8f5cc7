// Over HTTP, a QA round as Chinese customers at the onboarding: "开了" at the PLUS step and "弄了" at the real-name step
// cancelled the whole flow ("好的，已取消。"); "PLUS会员要花钱吗？我不想花钱" was pointed at the plans, the reluctance ignored;
// "每个月要交钱吗" was not understood; "哎还是开吧" after declining the terms was not understood; "你觉得我该开吗？" and "开了有
// 什么好处" at the terms were not understood, and the second handed the customer over.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { logIn, useE2e } from './harness';

const h = useE2e();
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const TERMS = 'flow.onboarding.confirmingTerms';
const WELCOME = 'flow.welcome';

async function atStep(phone: string): Promise<void> {
  await h().say('开通');
  await logIn(h(), phone);
}

describe('"done" said short at a shop-page step checks the account, as the done button does', () => {
  test.each(['开了', '会员开了', '弄了', '开好了'])('%j at the PLUS step (persona 1): not active yet, the step kept', async (words) => {
    await atStep('13800000001');
    expect(await h().state()).toBe(PLUS);
    await h().click('我已开通好了');
    const byButton = h().text;
    await h().say(words);
    expect(await h().state()).toBe(PLUS);
    expect(h().text).toBe(byButton);
    expect(h().text).toContain('还没看到你的PLUS会员生效');
    expect(h().text).not.toContain('已取消');
  });

  test.each(['弄了', '开了', '实名弄了'])('%j at the real-name step (persona 2): not verified yet, the step kept', async (words) => {
    await atStep('13800000002');
    expect(await h().state()).toBe(REAL_NAME);
    await h().say(words);
    expect(await h().state()).toBe(REAL_NAME);
    expect(h().text).toContain('还没看到实名认证完成');
    expect(h().text).not.toContain('已取消');
  });

  test('once PLUS is bought, "开了" goes on to the real-name step', async () => {
    await atStep('13800000001');
    await h().submitShopPage(h().link('去开通PLUS会员'), { accountId: 'acct_001' });
    await h().say('开了');
    expect(await h().state()).toBe(REAL_NAME);
  });

  test.each(['取消', '不弄了'])('%j still cancels', async (words) => {
    await atStep('13800000001');
    await h().say(words);
    expect(await h().state()).toBe(WELCOME);
    expect(h().text).toContain('已取消');
  });

  test('"算了" is still the step\'s 暂不开通', async () => {
    await atStep('13800000002');
    await h().say('算了');
    expect(await h().state()).toBe(WELCOME);
  });
});

// "开了有什么好处" at the PLUS step was not understood (a clarifying question).
test('"开了有什么好处" at the PLUS step (persona 1): the PLUS explainer, the step and its buttons kept, nothing rechecked', async () => {
  await atStep('13800000001');
  const buttons = h().buttons;
  await h().say('开了有什么好处');
  expect(await h().state()).toBe(PLUS);
  expect(h().text).toContain(zhCN['faq.plus.atStep']);
  expect(h().text).not.toContain('还没看到你的PLUS会员生效');
  expect(h().buttons).toEqual(buttons);
});

describe("PLUS's cost weighed at its step", () => {
  test('"PLUS会员要花钱吗？我不想花钱": paid, needed for pay-later, and 暂不开通 offered beside the shop link', async () => {
    await atStep('13800000001');
    await h().say('PLUS会员要花钱吗？我不想花钱');
    expect(await h().state()).toBe(PLUS);
    expect(h().text).toContain(zhCN['topic.plusCostReluctance']);
    expect(h().text).toContain(zhCN['prompt.awaitingPlus.either']);
    expect(h().text).not.toContain('选一个购买就行');
    expect(h().buttons).toEqual(['去开通PLUS会员', '我已开通好了', '暂不开通']);
    // Not now, then: the step's own no.
    await h().click('暂不开通');
    expect(await h().state()).toBe(WELCOME);
  });

  test('"I can\'t afford it" in English: the same, in English', async () => {
    await h().say('turn on pay later');
    await logIn(h(), '13800000001');
    await h().say("I can't afford it");
    expect(await h().state()).toBe(PLUS);
    expect(h().text).toContain('PLUS is a paid membership');
    expect(h().buttons).toContain('Not now');
  });
});

describe('money by the month is the fees answer', () => {
  test('"每个月要交钱吗" at the welcome', async () => {
    await h().say('每个月要交钱吗');
    expect(await h().state()).toBe(WELCOME);
    expect(h().text).toContain(zhCN['topic.fees']);
  });

  test('"等一下，开通后每个月要交钱吗" at the terms: answered, the terms kept and nothing turned on', async () => {
    await atStep('13800000004');
    expect(await h().state()).toBe(TERMS);
    await h().say('等一下，开通后每个月要交钱吗');
    expect(await h().state()).toBe(TERMS);
    expect(h().text).toContain(zhCN['topic.fees']);
    expect(h().buttons).toContain('同意并开通');
    expect((await h().account('13800000004')).payLater.enabled).toBe(false);
  });
});

describe('changing one\'s mind back after declining the terms', () => {
  test.each(['哎还是开吧', '还是开吧', '我还是开吧', '算了还是开通吧'])(
    '"算了不开了" then %j: back to the terms, nothing turned on yet',
    async (words) => {
      await atStep('13800000004');
      await h().say('算了不开了');
      expect(await h().state()).toBe(WELCOME);
      await h().say(words);
      expect(await h().state()).toBe(TERMS);
      expect(h().buttons).toEqual(['同意并开通', '暂不开通']);
      expect((await h().account('13800000004')).payLater.enabled).toBe(false);
    },
  );

  test('"我还是开吧" at the terms accepts them, as "还是开吧" does', async () => {
    await atStep('13800000004');
    await h().say('我还是开吧');
    expect((await h().account('13800000004')).payLater.enabled).toBe(true);
  });
});

describe('whether to turn it on, or what it gives, asked at the terms', () => {
  test('"你觉得我该开吗？" then "开了有什么好处": answered evenly both times, the terms kept, no person', async () => {
    await atStep('13800000004');
    for (const words of ['你觉得我该开吗？', '开了有什么好处']) {
      await h().say(words);
      expect(await h().state()).toBe(TERMS);
      expect(h().text).toContain(zhCN['topic.enableBenefits']);
      expect(h().buttons).toEqual(['同意并开通', '暂不开通']);
    }
    expect((await h().account('13800000004')).payLater.enabled).toBe(false);
  });

  test('asked beside the fees ("开了有什么好处？要手续费吗"): both answered, the terms kept', async () => {
    await atStep('13800000004');
    await h().say('开了有什么好处？要手续费吗');
    expect(await h().state()).toBe(TERMS);
    expect(h().text).toContain(zhCN['topic.enableBenefits']);
    expect(h().text).toContain(zhCN['topic.fees']);
  });

  test('"should I?" in English: the same, in English', async () => {
    await h().say('turn on pay later');
    await logIn(h(), '13800000004');
    await h().say('should I?');
    expect(await h().state()).toBe(TERMS);
    expect(h().text).toContain('up to you');
  });
});
