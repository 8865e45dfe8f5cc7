// A refused request leaves one log line (method, path, status, reason), never its body: malformed JSON, missing fields,
// 413, 415, 405 and an invoke the bot has no answer for (501) left nothing in the log.
import { messageActivity } from '../durability/support/botClient';
import { startInProcessBot, type InProcessBot } from '../durability/support/inProcessBot';

let bot: InProcessBot;

beforeAll(async () => {
  bot = await startInProcessBot();
});
afterAll(() => bot?.close());

/** Sends exactly this body, with this Content-Type (none when undefined). */
async function send(method: string, body: string | undefined, contentType: string | undefined = 'application/json'): Promise<number> {
  const headers: Record<string, string> = contentType === undefined ? {} : { 'content-type': contentType };
  return (await fetch(`${bot.url}/api/messages`, { method, headers, body })).status;
}

/** The refusal lines logged while `act` ran (restify logs after the answer went: waited for a moment). */
async function refusalsOf(act: () => Promise<number>): Promise<{ status: number; lines: Record<string, unknown>[] }> {
  const before = bot.logs.length;
  const status = await act();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { status, lines: bot.logs.slice(before).filter((l) => l.msg === 'request refused') };
}

const SECRET = 'my number is 13800000005';
const activity = (fields: Record<string, unknown> = {}) => JSON.stringify({ ...messageActivity('refusal-log', SECRET), ...fields });

test.each([
  { name: 'malformed JSON', act: () => send('POST', `{"text": "${SECRET}",`), status: 400, reason: /not valid JSON/ },
  { name: 'a missing field', act: () => send('POST', activity({ conversation: undefined })), status: 400, reason: /conversation/ },
  { name: 'a body too large', act: () => send('POST', activity({ padding: 'x'.repeat(70 * 1024) })), status: 413, reason: /too large/ },
  { name: 'a form', act: () => send('POST', `text=${SECRET}`, 'application/x-www-form-urlencoded'), status: 415, reason: /JSON activity/ },
  { name: 'a wrong method', act: () => send('GET', undefined), status: 405, reason: /method not allowed/ },
  { name: 'an invoke with no answer', act: () => send('POST', activity({ type: 'invoke', name: 'some/invoke', deliveryMode: undefined })), status: 501, reason: /invoke/ },
])('$name is logged once: method, path, status and reason, not the body', async ({ act, status, reason }) => {
  const refused = await refusalsOf(act);
  expect(refused.status).toBe(status);
  expect(refused.lines).toHaveLength(1);
  const [line] = refused.lines;
  expect(line).toMatchObject({ path: '/api/messages', status, reason: expect.stringMatching(reason) });
  expect(['GET', 'POST']).toContain(line.method);
  expect(JSON.stringify(line)).not.toContain('number is');
  expect(JSON.stringify(line)).not.toContain('138');
});

// It was a 400 "the body must be a JSON activity (Content-Type: application/json)": the type was what was wrong.
test('a valid activity without a Content-Type is 415, with the reason', async () => {
  const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', body: new Blob([activity()]) });
  expect(response.status).toBe(415);
  expect(((await response.json()) as { message: string }).message).toBe('the body must be a JSON activity (Content-Type: application/json)');
});

test('an answered activity logs no refusal', async () => {
  const refused = await refusalsOf(() => send('POST', activity({ text: 'hello' })));
  expect(refused.status).toBe(200);
  expect(refused.lines).toEqual([]);
});
