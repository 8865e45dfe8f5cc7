// Buttons and renderings fit the real machine: every button is an event its state handles, and a login turn reads right.
import { createActor, waitFor, type StateValue } from 'xstate';
import { dialogueMachine } from '../../machines/dialogue';
import { toActors, type BackendPorts } from '../../machines/ports';
import { statePath } from '../../machines/view';
import type { DialogueEvent } from '../../machines/events';
import { account, actionsOf, everythingShown, LOCALES, render, restingPaths, richContext, SHOP_URL, textOf } from './fixtures';

/** `flow.onboarding.awaitingPlus` → `{ flow: { onboarding: 'awaitingPlus' } }`, the inverse of statePath. */
const stateValue = (path: string): StateValue => {
  const keys = path.split('.');
  return keys.slice(0, -1).reduceRight<StateValue>((inner, key) => ({ [key]: inner }), keys[keys.length - 1]);
};

describe('buttons fit the machine', () => {
  const cases = restingPaths().flatMap((path) => LOCALES.map((locale) => [path, locale] as const));

  it.each(cases)('every button in %s (%s) sends an event that state handles', (path, locale) => {
    const snapshot = dialogueMachine.resolveState({ value: stateValue(path), context: richContext() });
    expect(statePath(snapshot.value)).toBe(path);
    for (const action of actionsOf(render(path, locale))) {
      if (action.type !== 'messageBack') continue;
      const { event } = action.value as { event: DialogueEvent };
      expect({ path, event, handled: snapshot.can(event) }).toEqual({ path, event, handled: true });
    }
  });

  it('the check can fail: a state refuses an event it does not handle', () => {
    const snapshot = dialogueMachine.resolveState({ value: stateValue('flow.onboarding.login.awaitingPhone'), context: richContext() });
    expect(snapshot.can({ type: 'RETRY' })).toBe(false);
  });
});

describe('a customer who is not a PLUS member logs in', () => {
  const ports: BackendPorts = {
    requestOtp: async () => undefined,
    createSession: async () => ({ ok: true, value: { accountId: 'acct_001', token: 't', expiresAt: '2099-01-01T00:00:00Z' } }),
    fetchAccount: async () => account({ accountId: 'acct_001', plus: { active: false }, realName: { verified: false }, payLater: { enabled: false } }),
    enablePayLater: async () => ({ ok: false, error: 'not_eligible' }),
    listOrders: async () => [],
    confirmReceipt: async () => ({ ok: false, error: 'order_not_found' }),
    requestReturn: async () => ({ ok: false, error: 'order_not_found' }),
  };

  it('is told where the code went (masked) and then sent to the PLUS page for their account', async () => {
    const actor = createActor(dialogueMachine.provide({ actors: toActors(ports) })).start();
    let said = 0;
    /** Renders what the turn loop would: the notices new since the last turn, then the prompt of the resting state. */
    const turn = async (event: DialogueEvent) => {
      actor.send(event);
      const snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
      const notices = snapshot.context.notices.slice(said);
      said = snapshot.context.notices.length;
      return render(statePath(snapshot.value), 'zh-CN', snapshot.context, notices);
    };

    expect(statePath(actor.getSnapshot().value)).toBe('flow.welcome');
    const askPhone = await turn({ type: 'AFFIRM' });
    expect(textOf(askPhone)).toContain('手机号');

    const askCode = await turn({ type: 'PHONE_RECEIVED', phone: '13800000001' });
    expect(textOf(askCode)).toContain('138****0001');
    expect(everythingShown(askCode)).not.toContain('13800000001');

    const plus = await turn({ type: 'OTP_RECEIVED', code: '123456' });
    expect(actionsOf(plus)).toContainEqual(
      expect.objectContaining({ type: 'openUrl', value: `${SHOP_URL}/shop/plus?account=acct_001` }),
    );
    actor.stop();
  });
});
