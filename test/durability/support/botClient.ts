// Talks to the bot's real HTTP endpoint as a channel would, with deliveryMode expectReplies so replies come back in the body.
import { request as httpRequest } from 'node:http';
import type { Activity } from 'botbuilder';

/** What the customer sends: words, or a button's value (the dialogue event it carries). */
export type Input = string | { event: { type: string; [field: string]: unknown } };

export interface TurnAnswer {
  status: number;
  /** The bot's activities (typing indicators left out); empty when the answer was not 200. */
  replies: Partial<Activity>[];
  /** The raw body when it was not an expectReplies answer (errors: `{ code, message }`). */
  body: unknown;
}

export interface ActivityOptions {
  locale?: string;
  /** 'emulator' makes a failed turn visible: onTurnError then also sends its trace. */
  channelId?: string;
  from?: string;
}

export function messageActivity(conversationId: string, input: Input, options: ActivityOptions = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `${conversationId}-${Math.random().toString(36).slice(2)}`,
    channelId: options.channelId ?? 'test',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: conversationId },
    from: { id: options.from ?? `customer-${conversationId}` },
    recipient: { id: 'paylater-bot' },
    locale: options.locale ?? 'en-US',
    deliveryMode: 'expectReplies',
    ...(typeof input === 'string' ? { text: input } : { text: '', value: input }),
  };
}

/**
 * POSTs any body (an activity, or something malformed) to /api/messages and reads the answer.
 * node:http, one connection per request: fetch's web streams made the client a large share of the fuzz test's CPU.
 */
export function post(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<TurnAnswer> {
  const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body) ?? '');
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${baseUrl}/api/messages`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(answerOf(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

function answerOf(status: number, text: string): TurnAnswer {
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  const activities = (parsed as { activities?: Partial<Activity>[] } | undefined)?.activities;
  const replies = status === 200 && Array.isArray(activities) ? activities.filter((a) => a.type !== 'typing') : [];
  return { status, replies, body: parsed };
}

export function say(baseUrl: string, conversationId: string, input: Input, options?: ActivityOptions): Promise<TurnAnswer> {
  return post(baseUrl, messageActivity(conversationId, input, options));
}

/** A button tap: the dialogue event as the button's value. */
export const tap = (type: string, fields: Record<string, unknown> = {}): Input => ({ event: { type, ...fields } });

/** True when the turn failed and the customer got onTurnError's apology (visible on the emulator channel by its trace). */
export const failedTurn = (answer: TurnAnswer): boolean =>
  answer.replies.some((a) => a.type === 'trace' && a.name === 'OnTurnError Trace');

/** Reads one counter or gauge from a Prometheus text exposition, summing over labels that match. */
export async function metricValue(baseUrl: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? ([\d.eE+-]+|NaN)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const labelText = match[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`))) total += Number(match[3]);
  }
  return total;
}
