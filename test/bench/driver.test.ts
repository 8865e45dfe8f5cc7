// The bench's load generator: a request that meets an idle socket the server has closed is sent again, on every such
// socket the agent holds, until one is live (only once, it stopped a run at the start of a paced phase).
import { createServer, Agent, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { post } from '../../scripts/bench/driver';

let server: Server;
let url: URL;

beforeAll(async () => {
  // Every socket answers its first request only: a second one on it is cut off unanswered, as a request on a socket
  // the server had just closed as idle is.
  const served = new WeakSet<Socket>();
  server = createServer((req, res) => {
    if (served.has(req.socket)) return void req.socket.destroy();
    served.add(req.socket);
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('every pooled socket closed: the request goes through on a new one', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const body = Buffer.from('{}');
  // Four at once fill the pool with four sockets, each of which the server will cut off next time.
  await Promise.all(Array.from({ length: 4 }, () => post(agent, url, body)));
  await expect(post(agent, url, body)).resolves.toMatchObject({ status: 200 });
  agent.destroy();
});
