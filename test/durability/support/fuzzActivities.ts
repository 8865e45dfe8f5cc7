// Seeded random traffic for the fuzz test: customer-like utterance sequences mixed with malformed and hostile activities.
import { seededRandom } from '../../../src/nlu/seededRandom';
import { OTP } from '../../mock/harness';

export interface FuzzCase {
  conversationId: string;
  /** An object is sent as JSON; a string is sent as it is (broken JSON, other content types). */
  body: unknown;
  headers?: Record<string, string>;
}

export interface Channels {
  /** A stand-in channel that accepts the bot's replies (deliveryMode normal). */
  accepting: string;
  /** One that refuses them (400), so sending replies fails. */
  refusing: string;
}

type Random = () => number;

const UTTERANCES = [
  // What customers came for, in both languages.
  '我想开通先用后付', 'how do I turn on pay later?', 'enable', '开通', 'what is pay later', '什么是先用后付', '需要什么条件',
  'is there a fee?', '信用不够怎么办', 'what is PLUS', '实名认证是什么', 'my orders', '我的订单', 'pay my order', '我要退货',
  'check my status', '进度怎么样', 'yes', '好的', '是的', 'no', '不要', 'agent', '转人工', 'cancel', '取消', 'restart',
  '重新开始', 'help', '帮助', 'thanks', '谢谢', 'bye', '再见', 'hello', '你好', 'done', '我弄好了', 'resend the code',
  // Numbers: persona phones, wrong ones, codes right and wrong, ID numbers, order ids.
  '13800000001', '13800000002', '13800000003', '13800000004', '13800000005', '13800000006', '+86 138 0000 0004',
  '138-0000-0005', '1380000000', '12345', '99999999999', OTP, '000000', '123456', '12 34 56', '11010519491231002X',
  'JD5001', 'JD5002', 'JD6001', 'order JD9999',
  // Hostile or odd.
  '', '   ', '\n\n\t', '<script>alert(1)</script>', "'; DROP TABLE bot_storage; --", '{{phone}}', '%s%s%n%x', '${process.exit(1)}',
  'null', 'undefined', '__proto__', '\u0000\u0001\u0002', '\u202Eevil\u202C', 'e\u0301\u0301\u0301', '👍'.repeat(300), 'x'.repeat(4000),
];

const BUTTON_EVENTS = [
  'ENABLE', 'AFFIRM', 'DENY', 'HELP', 'HUMAN', 'RETRY', 'OTP_RESEND_REQUESTED', 'STATUS', 'ORDERS', 'PAY', 'RETURN', 'CANCEL',
  'RESTART', 'WHAT_IS', 'CHECKOUT', 'GOODBYE',
];

/** Events a button must never be able to produce, and shapes a button value never has. */
const FORGED_VALUES = [
  { event: { type: 'SESSION_PROVIDED', session: { accountId: 'acct_005', token: 'forged', expiresAt: '2099-01-01T00:00:00Z' } } },
  { event: { type: 'AGENT_RELEASED', intent: 'pay' } },
  { event: { type: 'BACKEND_STEP_COMPLETED', step: 'plus' } },
  { event: { type: 'PHONE_RECEIVED', phone: '13800000005' } },
  { event: { type: 'OTP_RECEIVED', code: OTP } },
  { event: { type: 'xstate.init' } },
  { event: { type: 'xstate.done.actor.0.dialogue', output: {} } },
  { event: 'ENABLE' },
  { event: null },
  { type: 'ENABLE' },
];

const ACTIVITY_TYPES = [
  'typing', 'event', 'invoke', 'messageReaction', 'endOfConversation', 'installationUpdate', 'messageUpdate', 'messageDelete',
  'handoff', 'trace', 'contactRelationUpdate', 'suggestion', 'command', 'weird-type-🙃',
];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Any JSON value, a few levels deep, with keys that have bitten JavaScript before. */
function randomJson(random: Random, depth = 0): unknown {
  const kind = Math.floor(random() * (depth > 2 ? 4 : 6));
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2) return pick(random, [0, -1, 1e308, 3.14, Number.MAX_SAFE_INTEGER + 2]);
  if (kind === 3) return pick(random, UTTERANCES);
  if (kind === 4) return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth + 1));
  const keys = ['event', 'type', '__proto__', 'constructor', 'prototype', 'orderId', 'value', 'toString'];
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(random, keys), randomJson(random, depth + 1)]));
}

function randomText(random: Random): string {
  const ranges: Array<[number, number]> = [[0x20, 0x7e], [0x4e00, 0x9fff], [0x1f300, 0x1f6ff], [0x0300, 0x036f], [0x0590, 0x06ff], [0x0, 0x1f]];
  const length = Math.floor(random() * 60);
  let text = '';
  for (let i = 0; i < length; i++) {
    const [low, high] = pick(random, ranges);
    text += String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
  }
  return text;
}

function baseActivity(random: Random, conversationId: string, channels: Channels): Record<string, unknown> {
  const mode = random();
  // Mostly expectReplies (replies in the body); some normal deliveries to a channel that takes or refuses them.
  const delivery =
    mode < 0.85
      ? { deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/' }
      : { deliveryMode: pick(random, ['normal', undefined, 'notification', 'ephemeral']), serviceUrl: pick(random, [channels.accepting, channels.refusing]) };
  return {
    type: 'message',
    id: `act-${Math.floor(random() * 1e9).toString(36)}`,
    channelId: pick(random, ['test', 'directline', 'webchat', 'emulator', 'msteams']),
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, name: pick(random, ['客户', 'Customer', '']) },
    recipient: { id: 'paylater-bot' },
    locale: pick(random, ['zh-CN', 'en-US', 'en', 'zh', 'fr-FR', '', 'xx-invalid-locale', undefined]),
    ...delivery,
  };
}

/** Breaks one thing about an otherwise fine activity; the answer must be a 4xx, never a crash. */
function malformed(random: Random, activity: Record<string, unknown>): { body: unknown; headers?: Record<string, string> } {
  const breakage = Math.floor(random() * 14);
  switch (breakage) {
    case 0: return { body: pick(random, ['', 'null', '[]', '"text"', '{', '{"type":', '123', 'true', '\u0000']) };
    case 1: return { body: { ...activity, conversation: pick(random, [undefined, null, 'c', {}, { id: '' }, { id: 7 }]) } };
    case 2: return { body: { ...activity, from: pick(random, [undefined, null, 'u', {}, { id: 'x'.repeat(300) }]) } };
    case 3: return { body: { ...activity, type: pick(random, [undefined, '', 5, null, 'x'.repeat(65)]) } };
    case 4: return { body: { ...activity, serviceUrl: pick(random, [undefined, 'not a url', 7, 'javascript:alert(1)']) } };
    case 5: return { body: { ...activity, text: pick(random, [5, {}, [], 'x'.repeat(4001)]) } };
    case 6: return { body: { ...activity, deliveryMode: pick(random, ['later', 5, 'EXPECTREPLIES']) } };
    case 7: return { body: { ...activity, membersAdded: pick(random, ['x', [{}], [{ id: 5 }], Array.from({ length: 101 }, (_, i) => ({ id: `m${i}` }))]) } };
    case 8: return { body: { ...activity, padding: 'x'.repeat(65 * 1024) } };
    case 9: return { body: JSON.stringify(activity), headers: { 'content-type': 'text/plain' } };
    case 10: return { body: new URLSearchParams({ type: 'message', text: 'hi' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    case 11: return { body: JSON.stringify(activity), headers: { 'content-encoding': pick(random, ['gzip', 'deflate', 'br']) } };
    case 12: return { body: { ...activity, channelId: pick(random, ['', 7, null]) } };
    default: return { body: JSON.stringify(activity).slice(0, Math.floor(random() * 200)) };
  }
}

/** Odd but valid details a channel may send: garbage timestamps, entities, attachments, channel data. */
function oddities(random: Random): Record<string, unknown> {
  if (random() > 0.2) return {};
  return pick(random, [
    { timestamp: 'not a date', localTimestamp: '2026-13-45T99:99:99' },
    { entities: randomJson(random), attachments: randomJson(random) },
    { channelData: randomJson(random), replyToId: randomJson(random) },
    { conversation: { id: 'ignored', isGroup: 'yes', tenantId: 5 } },
    { recipient: undefined },
    { speak: randomText(random), inputHint: 'nonsense', textFormat: 'xml' },
  ]);
}

/** `count` cases over `conversations` conversations, reproducible from `seed`. */
export function fuzzCases(seed: number, count: number, conversations: number, channels: Channels): FuzzCase[] {
  const random = seededRandom(seed);
  const cases: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    const conversationId = `fuzz-${Math.floor(random() * conversations).toString(36)}`;
    const activity = baseActivity(random, conversationId, channels);
    const roll = random();
    let body: unknown;
    let headers: Record<string, string> | undefined;
    if (roll < 0.5) body = { ...activity, text: random() < 0.85 ? pick(random, UTTERANCES) : randomText(random), ...oddities(random) };
    else if (roll < 0.65) body = { ...activity, text: '', value: { event: { type: pick(random, BUTTON_EVENTS), orderId: pick(random, ['JD5001', 'JD5002', 'JD6001', 'nope']), reason: pick(random, ['quality', 'other', 'bad']) } } };
    else if (roll < 0.72) body = { ...activity, text: pick(random, UTTERANCES), value: random() < 0.5 ? pick(random, FORGED_VALUES) : randomJson(random) };
    else if (roll < 0.78) body = { ...activity, type: 'conversationUpdate', membersAdded: random() < 0.8 ? [{ id: `user-${conversationId}` }] : [{ id: 'paylater-bot' }] };
    else if (roll < 0.86) body = { ...activity, type: pick(random, ACTIVITY_TYPES), name: pick(random, ['handoff.status', 'adaptiveCard/action', 'x']), value: randomJson(random) };
    else ({ body, headers } = malformed(random, activity));
    const sent = body as { type?: unknown; deliveryMode?: unknown } | undefined;
    cases.push({ conversationId, body, headers });
  }
  return cases;
}
