// One structured log line per turn (conversation, step, outcome, latency), and nothing a customer typed ends up in the log.
import { OTP } from '../mock/harness';
import { messageActivity, post, say, tap } from '../durability/support/botClient';
import { startInProcessBot, type InProcessBot } from '../durability/support/inProcessBot';

const PHONE = '13800000001';
const ID_NUMBER = '11010519491231002X';

let bot: InProcessBot;

beforeAll(async () => {
  bot = await startInProcessBot();
  await say(bot.url, 'log-conversation', tap('ENABLE'));
  await say(bot.url, 'log-conversation', `my number is ${PHONE}`);
  await say(bot.url, 'log-conversation', OTP);
  await say(bot.url, 'log-conversation', `my ID is ${ID_NUMBER}, why do you need it?`);
});
afterAll(() => bot?.close());

test('each turn writes one line with the conversation, where it rests, the outcome and the latency', () => {
  const turns = bot.logs.filter((l) => l.msg === 'turn');
  expect(turns).toHaveLength(4);
  expect(turns.map((t) => t.step)).toEqual(['login', 'login', 'plus', expect.any(String)]);
  expect(turns[2]).toEqual({
    level: 30,
    time: expect.any(Number),
    msg: 'turn',
    conversationId: 'log-conversation',
    activityType: 'message',
    step: 'plus',
    state: 'flow.onboarding.awaitingPlus',
    outcome: 'ok',
    latencyMs: expect.any(Number),
  });
});

test('no phone number, one-time code or ID number appears anywhere in the log', () => {
  const everything = JSON.stringify(bot.logs);
  expect(everything).not.toContain(PHONE);
  expect(everything).not.toContain(OTP);
  expect(everything).not.toContain(ID_NUMBER);
});

test('the request log line carries no message text at all', () => {
  for (const line of bot.logs.filter((l) => l.msg === 'turn')) {
    expect(Object.keys(line).sort()).toEqual(['activityType', 'conversationId', 'latencyMs', 'level', 'msg', 'outcome', 'state', 'step', 'time']);
  }
});

// Last: its second line, of no turn, has no step or state.
test('a message the channel resent (the same activity id) is logged as repeated, with no step: no turn ran for it', async () => {
  const resent = { ...messageActivity('log-resent', 'hello'), id: 'log-resent-1' };
  expect((await post(bot.url, resent)).status).toBe(200);
  expect((await post(bot.url, resent)).status).toBe(200);
  const lines = bot.logs.filter((l) => l.msg === 'turn' && l.conversationId === 'log-resent');
  expect(lines.map((l) => [l.outcome, l.step])).toEqual([
    ['ok', expect.any(String)],
    ['repeated', undefined],
  ]);
});
