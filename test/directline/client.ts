// A minimal Direct Line client over fetch, calling the same URLs DirectLineJS does, for the HTTP tests.
import { waitUntil } from '../support/waitUntil';

export interface WireActivity {
  type: string;
  id?: string;
  text?: string;
  from?: { id: string; role?: string };
  replyToId?: string;
  channelData?: Record<string, unknown>;
  suggestedActions?: { actions: { title?: string; value?: unknown }[] };
  [field: string]: unknown;
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export function directLineClient(baseUrl: string) {
  const root = `${baseUrl}/v3/directline`;
  const call = async <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown): Promise<Reply<T>> => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${root}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  };

  const client = {
    call,
    generate: () => call<{ conversationId: string; token: string; expires_in: number }>('POST', '/tokens/generate'),
    refresh: (token: string) => call<{ conversationId: string; token: string; expires_in: number }>('POST', '/tokens/refresh', token),
    start: (token: string, body: unknown = { user: {}, locale: 'zh-CN' }) =>
      call<{ conversationId: string; token: string; expires_in: number }>('POST', '/conversations', token, body),
    resume: (token: string, conversationId: string, watermark = '') =>
      call<{ conversationId: string; token: string }>('GET', `/conversations/${conversationId}?watermark=${watermark}`, token),
    poll: (token: string, conversationId: string, watermark = '') =>
      call<{ activities: WireActivity[]; watermark: string }>('GET', `/conversations/${conversationId}/activities?watermark=${watermark}`, token),
    post: (token: string, conversationId: string, activity: unknown) =>
      call<{ id: string }>('POST', `/conversations/${conversationId}/activities`, token, activity),

    /** A started conversation, as Web Chat has it after connecting. */
    async open(locale = 'zh-CN') {
      const generated = await client.generate();
      const started = await client.start(generated.body.token, { user: {}, locale });
      if (started.status !== 201) throw new Error(`start failed: ${started.status}`);
      return { token: generated.body.token, conversationId: generated.body.conversationId };
    },

    /** Polls (like DirectLineJS, from a watermark) until `done` holds for what arrived so far. */
    async pollUntil(token: string, conversationId: string, done: (activities: WireActivity[]) => boolean, watermark = '', timeoutMs = 5000) {
      const seen: WireActivity[] = [];
      let mark = watermark;
      await waitUntil(
        async () => {
          const page = await client.poll(token, conversationId, mark);
          if (page.status !== 200) throw new Error(`poll failed: ${page.status} ${JSON.stringify(page.body)}`);
          seen.push(...page.body.activities);
          mark = page.body.watermark;
          return done(seen);
        },
        { what: () => `the activities of ${conversationId} to fit; got ${JSON.stringify(seen.map((a) => [a.type, a.text]))}`, timeoutMs, intervalMs: 50 },
      );
      return { activities: seen, watermark: mark };
    },
  };
  return client;
}

export const texts = (activities: WireActivity[]) => activities.filter((a) => a.type === 'message').map((a) => a.text);
