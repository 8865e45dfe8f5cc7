// Over HTTP: an answer that says a colleague can help carries the button for one, whatever the order's status made it say.
import { atOrderList, useE2e } from './harness';

const h = useE2e();

// "「跑步鞋」已经付款完成…说「转人工」找同事帮你" came with no button for it, where other such answers had one.
test('a return asked for the paid shoes: told a colleague can help, with the button, which hands over', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('跑步鞋退货');
  expect(h().text).toContain('说「转人工」找同事帮你');
  expect(h().buttons.at(-1)).toBe('转人工客服');
  await h().click('转人工客服');
  expect(await h().state()).toBe('handoff');
});

test('a return asked for the overdue lamp, in English: the person button too', async () => {
  await h().reset('en-US');
  await atOrderList(h(), '13800000006');
  await h().say('return the desk lamp');
  expect(h().text).toContain('say "agent"');
  expect(h().buttons.at(-1)).toBe('Talk to a person');
});

test('paying for the rice cooker still on its way offers no person: that answer names none', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('电饭煲付款');
  expect(h().text).toContain('还在路上');
  expect(h().buttons).not.toContain('转人工客服');
});
