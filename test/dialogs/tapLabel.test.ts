// What an agent reads for a button the customer tapped while handed over: the button's label, in the customer's language.
import { initialContext } from '../../machines/context';
import { tappedButtonText } from '../../dialogs/tapLabel';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';
import { richContext } from './fixtures';

const tapped = (value: unknown, locale: 'zh-CN' | 'en-US' = 'zh-CN', text?: string) => tappedButtonText(value, text, locale, richContext());

test('words are no tap, nor is a value that is no button of the bot\'s', () => {
  expect(tapped(undefined, 'zh-CN', '不用人工了')).toBeUndefined();
  expect(tapped({ event: { type: 'AGENT_RELEASED' } })).toBeUndefined();
  expect(tapped({ anything: 1 })).toBeUndefined();
});

test('the label the channel sent along is the one the customer saw', () => {
  expect(tapped({ event: { type: 'HANDOFF_WITHDRAWN' } }, 'zh-CN', '不用人工了')).toBe('（点了「不用人工了」）');
});

// Channels that send only the value (Adaptive Card submits, some hubs) left the agent nothing to read.
test.each([
  { value: { event: { type: 'HANDOFF_WITHDRAWN' } }, zh: zhCN['button.withdrawHandoff'], en: enUS['button.withdrawHandoff'] },
  { value: { event: { type: 'RESTART' } }, zh: zhCN['intent.restart'], en: enUS['intent.restart'] },
  { value: { event: { type: 'AFFIRM' }, at: 'flow.onboarding.awaitingRealName' }, zh: zhCN['button.realNameDone'], en: enUS['button.realNameDone'] },
  { value: { event: { type: 'DENY' }, at: 'flow.purchase.confirmingReturn#JD1' }, zh: zhCN['button.keepOrder'], en: enUS['button.keepOrder'] },
  { value: { event: { type: 'RETURN_REASON_GIVEN', reason: 'quality' } }, zh: zhCN['returnReason.quality'], en: enUS['returnReason.quality'] },
])('a value alone ($value.event.type) is labelled as its button', ({ value, zh, en }) => {
  expect(tapped(value, 'zh-CN')).toBe(`（点了「${zh}」）`);
  expect(tapped(value, 'en-US')).toBe(`(tapped "${en}")`);
});

test('an order\'s button names the order', () => {
  const title = richContext().orders![0].title;
  expect(tapped({ event: { type: 'ORDER_PAY_CHOSEN', orderId: richContext().orders![0].orderId } })).toBe(
    `（点了「${zhCN['button.payOrder'].replace('{title}', title)}」）`,
  );
});

test('a yes or no whose step is not known is still a tap', () => {
  expect(tappedButtonText({ event: { type: 'AFFIRM' } }, undefined, 'en-US', initialContext())).toBe(enUS['handoff.tapped.unknown']);
});
