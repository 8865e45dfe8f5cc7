// Every state the dialogue can rest in has a prompt, in both locales, with buttons wherever the customer chooses.
import { InputHints } from 'botbuilder';
import { buttonValueSchema } from '../../dialogs';
import { RESTING_PATHS } from '../../dialogs/prompts';
import { isPayable } from '../../machines/domain';
import { actionsOf, CONTEXTS, LOCALES, PATHS_WITHOUT_CHOICE, render, restingPaths, richContext, textOf } from './fixtures';

const paths = restingPaths();
const cases = paths.flatMap((path) =>
  LOCALES.flatMap((locale) => Object.keys(CONTEXTS).map((ctx) => [path, locale, ctx] as const)),
);

describe('state prompts', () => {
  it('cover exactly the states the machine can rest in', () => {
    expect([...RESTING_PATHS].sort()).toEqual([...paths].sort());
    expect(paths).toContain('flow.onboarding.login.awaitingOtp');
    expect(paths).not.toContain('flow.onboarding.routing');
    expect(paths).not.toContain('checkingStatus');
  });

  it.each(cases)('%s in %s (%s context) asks something in words', (path, locale, ctx) => {
    const activities = render(path, locale, CONTEXTS[ctx]());
    expect(activities.length).toBeGreaterThanOrEqual(1);
    for (const a of activities) {
      expect(a.type).toBe('message');
      expect(a.locale).toBe(locale);
      expect(a.text?.trim()).toBeTruthy();
      expect(a.text).not.toMatch(/\{\w+\}/);
    }
    const last = activities[activities.length - 1];
    expect(last.inputHint).toBe(path === 'handoff' ? InputHints.AcceptingInput : InputHints.ExpectingInput);
  });

  it.each(cases.filter(([path]) => !PATHS_WITHOUT_CHOICE.includes(path)))(
    '%s in %s (%s context) offers buttons that the turn loop accepts',
    (path, locale, ctx) => {
      const actions = actionsOf(render(path, locale, CONTEXTS[ctx]()));
      expect(actions.length).toBeGreaterThanOrEqual(1);
      for (const action of actions) {
        expect(String(action.title).trim()).toBeTruthy();
        if (action.type === 'messageBack') {
          expect(action.displayText).toBe(action.title);
          expect(action.text).toBe(action.title);
          expect(buttonValueSchema.safeParse(action.value).success).toBe(true);
        } else {
          expect(action.type).toBe('openUrl');
          expect(String(action.value)).toMatch(/^https?:\/\//);
        }
      }
    },
  );

  // The code prompt had "取消" and the phone prompt nothing: a customer who did not want to log in had to know the word.
  it.each(LOCALES)('the phone number prompt (%s) offers cancel, as the code prompt does', (locale) => {
    const cancel = (path: string) => actionsOf(render(path, locale)).filter((a) => (a.value as { event?: { type?: string } })?.event?.type === 'CANCEL');
    expect(cancel('flow.onboarding.login.awaitingPhone')).toEqual([
      expect.objectContaining({ type: 'messageBack', title: locale === 'zh-CN' ? '取消' : 'Cancel' }),
    ]);
    expect(cancel('flow.onboarding.login.awaitingOtp').map((a) => a.title)).toEqual(cancel('flow.onboarding.login.awaitingPhone').map((a) => a.title));
  });

  it('busy states have no prompt of their own', () => {
    expect(render('flow.onboarding.loadingAccount.calling', 'zh-CN')).toEqual([]);
    expect(render('checkingStatus', 'en-US')).toEqual([]);
  });
});

it('after a status card, the "it is on" prompt does not say again what the card said', () => {
  const once = (text: string, part: string) => text.split(part).length - 1;
  const shown = textOf(render('flow.onboarding.enabled', 'zh-CN', richContext(), [{ id: 'statusCard' }]));
  expect(once(shown, '当前额度')).toBeLessThanOrEqual(1);
  // The rich context has orders to pay now: the orders are offered before how to use it.
  expect(shown).toContain('要先看看你的订单吗');
  const nothingDue = richContext({ orders: richContext().orders?.filter((order) => !isPayable(order)) });
  expect(textOf(render('flow.onboarding.enabled', 'zh-CN', nothingDue, [{ id: 'statusCard' }]))).toContain('要看看具体怎么用吗');
  expect(textOf(render('flow.onboarding.enabled', 'zh-CN'))).toContain('当前额度');
});

// A returned order still showed its due date, as if it had to be paid.
it('the order list gives a due date only to orders there is something to pay for', () => {
  const withDates = richContext({
    orders: [
      { orderId: 'JD1', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'return_requested', dueDate: '2026-12-10' },
      { orderId: 'JD3', title: 'Running shoes 跑步鞋', amount: 529, status: 'paid', dueDate: '2026-11-01' },
      { orderId: 'JD4', title: 'Desk lamp 台灯', amount: 89, status: 'overdue', dueDate: '2024-01-01' },
      { orderId: 'JD5', title: 'Kettle 水壶', amount: 99, status: 'delivered', dueDate: '2026-12-20' },
    ],
  });
  const lines = textOf(render('flow.purchase.showingOrders', 'zh-CN', withDates)).split('\n');
  const lineOf = (title: string) => lines.find((l) => l.includes(title)) ?? '';
  expect(lineOf('无线耳机')).not.toContain('2026-12-10');
  expect(lineOf('跑步鞋')).not.toContain('2026-11-01');
  expect(lineOf('台灯')).toContain('2024-01-01');
  expect(lineOf('水壶')).toContain('2026-12-20');
});
