// The line that a colleague joined is said once per agent taking the conversation: not again when the agent's first
// message did not reach the customer after it and the agent sends it again.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { catalogs } from '../../dialogs/messages';
import { settle, startHarness, type Harness } from './harness';

/**
 * A customer's channel of its own (the harness's local channel takes everything): it keeps what the bot sends, and
 * answers with a 500 an agent's message (`refuse: 'agent'`, a channel failing halfway through a send) or anything.
 */
interface FlakyChannel {
  url: string;
  received: Partial<Activity>[];
  refuse: 'nothing' | 'agent' | 'everything';
  close(): Promise<void>;
}

async function startFlakyChannel(): Promise<FlakyChannel> {
  const channel = { received: [] as Partial<Activity>[], refuse: 'nothing' } as FlakyChannel;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Partial<Activity>;
      const fromAgent = (activity.channelData as { sender?: string } | undefined)?.sender === 'agent';
      if (channel.refuse === 'everything' || (fromAgent && channel.refuse === 'agent')) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'channel down' } }));
        return;
      }
      channel.received.push(activity);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${channel.received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  channel.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  channel.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return channel;
}

describe("the agent's joined line", () => {
  let h: Harness;
  let channel: FlakyChannel;

  beforeAll(async () => {
    h = await startHarness();
    channel = await startFlakyChannel();
  });
  afterAll(async () => {
    await h.close();
    await channel.close();
  });

  /** A zh-CN customer on the flaky channel who asked for a person. */
  async function waitingCustomer(id: string): Promise<void> {
    const response = await fetch(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `${id}-1`,
        text: '转人工',
        locale: 'zh-CN',
        channelId: 'flaky',
        serviceUrl: channel.url,
        conversation: { id },
        from: { id: `user-${id}`, role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
      }),
    });
    expect(response.status).toBeLessThan(300);
    await settle();
  }

  const joinedLine = catalogs['zh-CN']['notice.agentJoined'];
  const heard = (id: string) =>
    channel.received.filter((a) => a.conversation?.id === id && a.type === 'message').map((a) => a.text);

  test('the first message failing after it, the retry brings only the message', async () => {
    const id = 'flaky-joined-once';
    await waitingCustomer(id);
    const before = heard(id).length;

    channel.refuse = 'agent';
    const failed = await h.agent('POST', `/api/agent/conversations/${id}/messages`, { json: { text: '您好，我是小李', agent: 'li' } });
    expect(failed).toMatchObject({ status: 502, body: { code: 'channel_unreachable' } });
    // The customer heard that a colleague joined, and nothing else.
    expect(heard(id).slice(before)).toEqual([joinedLine]);

    channel.refuse = 'nothing';
    const retried = await h.agent('POST', `/api/agent/conversations/${id}/messages`, { json: { text: '您好，我是小李', agent: 'li' } });
    expect(retried).toMatchObject({ status: 200, body: { status: 'owned' } });
    expect(heard(id).slice(before)).toEqual([joinedLine, '您好，我是小李']);
  });

  test('nothing reaching the customer, the conversation waits again and the retry opens with it', async () => {
    const id = 'flaky-joined-nothing';
    await waitingCustomer(id);
    const before = heard(id).length;

    channel.refuse = 'everything';
    const failed = await h.agent('POST', `/api/agent/conversations/${id}/messages`, { json: { text: 'Hello', agent: 'li' } });
    expect(failed).toMatchObject({ status: 502, body: { code: 'channel_unreachable' } });
    expect(heard(id).slice(before)).toEqual([]);
    expect((await h.agent('GET', `/api/agent/conversations/${id}/messages`)).body.status).toBe('waiting');

    channel.refuse = 'nothing';
    expect(await h.agent('POST', `/api/agent/conversations/${id}/messages`, { json: { text: 'Hello', agent: 'li' } })).toMatchObject({ status: 200 });
    expect(heard(id).slice(before)).toEqual([joinedLine, 'Hello']);
  });
});
