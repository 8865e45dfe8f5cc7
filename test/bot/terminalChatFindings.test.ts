// What the lead found trying the bot in the terminal chat: how long the code is, not understood at the code step; a
// shop-page step said done and asked for again, answered with why the step is needed; and "can I even have it?" said
// beside buying something with it, answered with the checkout how-to.
import { dialogueMachine } from '../../machines/dialogue';
import { toActors, type BackendPorts } from '../../machines/ports';
import type { Account } from '../../machines/domain';
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { understandRequests } from '../../src/bot/twoRequests';
import { runDialogueTurn, type DialogueTurnDeps } from '../../src/bot/dialogueTurn';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { accounts, session } from '../machines/dialogueModel';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const CODE = 'flow.onboarding.login.awaitingOtp';
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const at = (step: string, text: string) => understandActivity(nlu, text, undefined, step).event;

function backend(account: Account) {
  const state = { reads: 0 };
  const ports: BackendPorts = {
    requestOtp: async () => undefined,
    createSession: async () => ({ ok: true, value: session }),
    fetchAccount: async () => {
      state.reads += 1;
      return account;
    },
    enablePayLater: async () => ({ ok: true, value: account }),
    listOrders: async () => [],
    confirmReceipt: async () => ({ ok: false, error: 'invalid_order_state' }),
    requestReturn: async () => ({ ok: false, error: 'invalid_order_state' }),
  };
  const deps: DialogueTurnDeps = { machine: dialogueMachine.provide({ actors: toActors(ports) }), nlu: createNlu(), shopUrl: 'http://shop', maxWaitMs: 1000 };
  return { state, deps };
}

type Turn = Awaited<ReturnType<typeof runDialogueTurn>>;
async function chat(b: ReturnType<typeof backend>, texts: string[]): Promise<{ record: ConversationRecord; last: Turn }> {
  let record: ConversationRecord | undefined;
  let last: Turn | undefined;
  for (const text of texts) {
    last = await runDialogueTurn(b.deps, { record, text, conversationId: 'c1' });
    record = last.record;
  }
  return { record: record!, last: last! };
}
const stateOf = (record: ConversationRecord) => JSON.stringify((record.dialogue as { snapshot: { value: unknown } }).snapshot.value);
const buttons = (turn: Turn) => turn.replies.flatMap((r) => (r.suggestedActions?.actions ?? []).map((a) => a.title));
const texts = (turn: Turn) => turn.replies.map((r) => r.text ?? '').join('\n');

describe('how long the code is, asked at the code step', () => {
  it.each(['等一下 验证码是6位数吗', '验证码是6位数吗', '验证码几位', '验证码是几位数', 'is the code 6 digits', 'how many digits', 'how long is the code?'])(
    '%j asks how long the code is',
    (text) => {
      expect(at(CODE, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'codeLength' });
    },
  );

  it('the code itself, where it is, and a code not come keep their readings', () => {
    expect(at(CODE, '123456')).toMatchObject({ type: 'OTP_RECEIVED', code: '123456' });
    expect(at(CODE, '验证码是多少')).toEqual({ type: 'TOPIC_ASKED', topic: 'whereIsCode' });
    expect(at(CODE, '验证码没收到')).toEqual({ type: 'OTP_RESEND_REQUESTED' });
  });

  it('is answered with 6 digits in the text just sent to the masked number, and the code step stays', async () => {
    const b = backend(accounts.notVerified);
    const { record, last } = await chat(b, ['开通先用后付', '13800000002', '等一下 验证码是6位数吗']);
    expect(stateOf(record)).toContain('awaitingOtp');
    expect(texts(last)).toContain('6位');
    expect(texts(last)).toContain('138****0002');
    expect(texts(last)).not.toContain('13800000002');
    expect(buttons(last)).toContain('重新发送验证码');
  });

  it('in English too', async () => {
    const b = backend(accounts.notVerified);
    const { record, last } = await chat(b, ['turn on pay later', '13800000002', 'is the code 6 digits']);
    expect(stateOf(record)).toContain('awaitingOtp');
    expect(texts(last)).toContain('6-digit');
    expect(texts(last)).toContain('138****0002');
  });
});

describe('a shop-page step said done and asked for again is rechecked, as "done" is', () => {
  it.each(['我刚才认证过了啊 怎么又要认证', '认证过了为什么还要认证', '我不是已经实名了吗', 'I already verified, why again?', '我已认证好了', '认证完了'])(
    '%j at the real-name step',
    (text) => {
      expect(at(REAL_NAME, text)).toEqual({ type: 'AFFIRM' });
    },
  );

  it.each(['我已经是PLUS会员了啊 怎么还让我开', '我不是已经是PLUS会员了吗', '会员开过了 怎么又让我开', 'I already have PLUS, why again?', '开了'])(
    '%j at the PLUS step',
    (text) => {
      expect(at(PLUS, text)).toEqual({ type: 'AFFIRM' });
    },
  );

  it('why the step is needed, asked with nothing said done, keeps its answer; a person asked for is one', () => {
    expect(at(REAL_NAME, '为什么还要认证')).toEqual({ type: 'REAL_NAME', question: true });
    expect(at(REAL_NAME, '我还没认证过 为什么还要认证')).not.toEqual({ type: 'AFFIRM' });
    expect(at(PLUS, '为什么还要开会员')).toEqual({ type: 'PLUS', question: true });
    expect(at(REAL_NAME, '认证过了 怎么还要认证 转人工')).toEqual({ type: 'HUMAN' });
  });

  it('not verified yet: the backend is read again, the customer told so with a person offered, the step kept', async () => {
    const b = backend(accounts.notVerified);
    const { record } = await chat(b, ['开通先用后付', '13800000002', '123456']);
    const reads = b.state.reads;
    const last = await runDialogueTurn(b.deps, { record, text: '我刚才认证过了啊 怎么又要认证', conversationId: 'c1' });
    expect(b.state.reads).toBe(reads + 1);
    expect(stateOf(last.record)).toContain('awaitingRealName');
    expect(buttons(last)).toContain('转人工客服');
  });
});

describe('whether they can have it, wondered beside buying something with it', () => {
  it('is the eligibility question, as "我能开通吗" is', () => {
    const asked = at(WELCOME, '我能开通吗');
    expect(asked).toEqual({ type: 'STATUS', question: true });
    for (const text of ['我想先用后付买个手机 但是不知道自己能不能开', '不知道自己能不能开', '我想知道我符不符合条件', 'I want to buy a phone with pay later but not sure if I qualify']) {
      expect(at(WELCOME, text)).toEqual(asked);
    }
    expect(understandRequests(nlu, '我想先用后付买个手机 但是不知道自己能不能开', undefined, WELCOME, {}).event).toEqual(asked);
  });

  it('buying with it alone is still how to choose it at checkout; another thing to open is not it', () => {
    expect(at(WELCOME, '我想用先用后付买手机')).toEqual({ type: 'CHECKOUT' });
    expect(at(WELCOME, '能用先用后付买手机吗')).toEqual({ type: 'CHECKOUT' });
    expect(at(WELCOME, '不知道能不能开发票')).not.toEqual({ type: 'STATUS', question: true });
  });

  it('at the welcome, the login is started to check the account, as for "我能开通吗"', async () => {
    const b = backend(accounts.notVerified);
    const { record } = await chat(b, ['我想先用后付买个手机 但是不知道自己能不能开']);
    expect(stateOf(record)).toContain('awaitingPhone');
    expect(record.dialogue).toMatchObject({ snapshot: { context: { goal: 'status' } } });
  });
});
