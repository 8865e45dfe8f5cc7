// A reply lost to a connection the channel had just closed (QA, web chat right after a restart: ECONNRESET, attempts 1).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import pino from 'pino';
import { boundChannelSends, isChannelUnreachable } from '../../src/bot/channelSends';

interface Channel {
  url: string;
  server: Server;
  /** Requests that reached the handler, with whether their connection had carried a request before. */
  requests: { reused: boolean }[];
  connections: Socket[];
  close(): Promise<void>;
}

/** A channel endpoint; `handle` decides per request (return false to leave the answer to it). */
async function startChannel(handle: (req: IncomingMessage, res: ServerResponse, reused: boolean) => boolean | void): Promise<Channel> {
  const served = new WeakSet<Socket>();
  const channel: Channel = {
    url: '',
    requests: [],
    connections: [],
    server: createServer((req, res) => {
      const reused = served.has(req.socket);
      served.add(req.socket);
      channel.requests.push({ reused });
      req.resume();
      req.on('end', () => {
        if (handle(req, res, reused) === false) return;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `sent-${channel.requests.length}` }));
      });
    }),
    close: () =>
      new Promise((resolve) => {
        channel.server.close(() => resolve());
        channel.server.closeAllConnections();
      }),
  };
  channel.server.on('connection', (socket: Socket) => channel.connections.push(socket));
  await new Promise<void>((resolve) => channel.server.listen(0, '127.0.0.1', resolve));
  channel.url = `http://127.0.0.1:${(channel.server.address() as AddressInfo).port}`;
  return channel;
}

const logger = pino({ level: 'silent' });
const connectorFor = (url: string) => boundChannelSends(new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: url }), logger);
const reply = (connector: ConnectorClient, text = '好的') =>
  connector.conversations.sendToConversation('conv-1', { type: 'message', text, from: { id: 'bot', name: 'bot' } });

describe('a reply on a broken connection', () => {
  let channel: Channel | undefined;
  afterEach(async () => {
    await channel?.close();
    channel = undefined;
  });

  test('the channel drops the first request before answering: it is sent again at once, on a new connection, and arrives', async () => {
    let dropped = false;
    channel = await startChannel((req) => {
      if (dropped) return;
      dropped = true;
      req.socket.destroy();
      return false;
    });
    const started = Date.now();
    await expect(reply(connectorFor(channel.url))).resolves.toMatchObject({ id: 'sent-2' });
    expect(channel.requests).toHaveLength(2);
    expect(channel.connections).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('idle pooled connections the channel closes as they are reused: the reply goes again on a new one, not another pooled one', async () => {
    let closingIdle = false;
    channel = await startChannel((req, res, reused) => {
      if (closingIdle && reused) {
        req.socket.destroy();
        return false;
      }
      // Slow enough that the first two replies are in flight together, leaving two connections pooled.
      setTimeout(() => res.end(JSON.stringify({ id: `sent-${channel?.requests.length}` })), 50);
      return false;
    });
    const connector = connectorFor(channel.url);
    await Promise.all([reply(connector, 'a'), reply(connector, 'b')]);
    expect(channel.connections).toHaveLength(2);
    closingIdle = true;
    await expect(reply(connector, 'c')).resolves.toMatchObject({ id: 'sent-4' });
    expect(channel.requests.map((r) => r.reused)).toEqual([false, false, true, false]);
  });

  test('a channel that drops every request: given up after the one repeat, promptly, as unreachable', async () => {
    channel = await startChannel((req) => {
      req.socket.destroy();
      return false;
    });
    const started = Date.now();
    const failure = await reply(connectorFor(channel.url)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'ECONNRESET' });
    expect(isChannelUnreachable(failure)).toBe(true);
    expect(channel.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

test('idle connections to the channel are closed by the bot before the channel would close them', async () => {
  const channel = await startChannel(() => undefined);
  try {
    // Node's servers say when they close idle connections (Keep-Alive: timeout=N); 5 s by default, 2 s here to be quick.
    channel.server.keepAliveTimeout = 2_000;
    await reply(connectorFor(channel.url));
    const socket = channel.connections[0];
    const sent = Date.now();
    // 'end': the bot closed it; 'close' without 'end': the server's own timeout did, and a reply could have raced it.
    const closedBy = await new Promise<string>((resolve) => {
      socket.once('end', () => resolve('bot'));
      socket.once('close', () => resolve('channel'));
    });
    expect(closedBy).toBe('bot');
    expect(Date.now() - sent).toBeLessThan(2_000);
  } finally {
    await channel.close();
  }
}, 10_000);
