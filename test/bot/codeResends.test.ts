// One-time codes spaced in a conversation: one asked for within a minute of the last is not sent, and says when to ask again.
import type { BackendPorts } from '../../machines/ports';
import { OTP_RESEND_COOLDOWN_MS, spaceCodeResends } from '../../src/bot/codeResends';

function setUp() {
  const clock = { now: 1_000_000 };
  const sent: string[] = [];
  const backend = {
    requestOtp: async ({ phone }: { phone: string }) => void sent.push(phone),
  } as unknown as BackendPorts;
  const ports = spaceCodeResends(backend, () => clock.now);
  const askCode = (lastSentAt?: number) => ports.requestOtp({ phone: '13800000004', lastSentAt });
  return { clock, sent, askCode };
}

test('the first code is sent at once, with when it went', async () => {
  const { clock, sent, askCode } = setUp();
  expect(await askCode()).toEqual({ ok: true, sentAt: clock.now });
  expect(sent).toEqual(['13800000004']);
});

test('a code asked for 20 seconds after the last is not sent: sent 20 seconds ago, 40 left', async () => {
  const { clock, sent, askCode } = setUp();
  const lastSentAt = clock.now;
  clock.now += 20_000;
  expect(await askCode(lastSentAt)).toEqual({ ok: false, error: 'too_soon', secondsAgo: 20, secondsLeft: 40 });
  // Part of a second left is a whole second to wait, never "0 seconds".
  clock.now += 39_500;
  expect(await askCode(lastSentAt)).toEqual({ ok: false, error: 'too_soon', secondsAgo: 59, secondsLeft: 1 });
  expect(sent).toEqual([]);
});

test('once the cooldown has run out, the code is sent again, and the next one is spaced from it', async () => {
  const { clock, sent, askCode } = setUp();
  const lastSentAt = clock.now;
  clock.now += OTP_RESEND_COOLDOWN_MS;
  expect(await askCode(lastSentAt)).toEqual({ ok: true, sentAt: clock.now });
  expect(sent).toHaveLength(1);
});

test('a last code stamped ahead of this clock (another instance\'s) holds nobody back', async () => {
  const { clock, sent, askCode } = setUp();
  expect(await askCode(clock.now + 5_000)).toEqual({ ok: true, sentAt: clock.now });
  expect(sent).toHaveLength(1);
});

test("the backend's own refusals pass through unchanged", async () => {
  const refused = { ok: false, error: 'too_soon' } as const;
  const ports = spaceCodeResends({ requestOtp: async () => refused } as unknown as BackendPorts, () => 0);
  expect(await ports.requestOtp({ phone: '13800000004' })).toBe(refused);
});
