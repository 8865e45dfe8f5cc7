// GET /api/agent/conversations in pages: `status` filters, `limit` caps (100 by default, 200 at most), `next` continues
// where the page ended, and a query parameter the API does not take is a 400 that names it instead of being ignored.
import { MemoryStorage } from '../../src/storage';
import { HandoffRegistry } from '../../src/handoff/registry';
import { queuePage, queueQuerySchema } from '../../src/agent/queuePage';
import { useHarness } from './harness';

type Listed = { id: string; status: string };

describe('the agents’ queue in pages, over HTTP', () => {
  const h = useHarness();
  const ids: string[] = [];

  beforeAll(async () => {
    // Five customers wait for an agent, one after the other; an agent has taken the second and the fourth.
    for (let n = 0; n < 5; n++) {
      const customer = h.customer();
      await customer.say('转人工');
      ids.push(customer.id);
    }
    for (const id of [ids[1], ids[3]]) {
      expect((await h.agent('POST', `/api/agent/conversations/${id}/messages`, { json: { text: '您好' } })).status).toBe(200);
    }
  });

  const list = async (query = '') => {
    const answer = await h.agent('GET', `/api/agent/conversations${query}`);
    expect(answer.status).toBe(200);
    return answer.body as { conversations: Listed[]; next?: string };
  };

  /** Every page from `query` on, following `next`. */
  const allPages = async (query: string): Promise<Listed[][]> => {
    const pages: Listed[][] = [];
    for (let page = await list(`?${query}`); ; page = await list(`?${query}&cursor=${encodeURIComponent(page.next!)}`)) {
      pages.push(page.conversations);
      if (!page.next) return pages;
    }
  };

  test('without parameters: the whole queue, oldest first, as before (no `next` under the cap)', async () => {
    const page = await list();
    expect(page.conversations.map((c) => c.id)).toEqual(ids);
    expect(page.next).toBeUndefined();
  });

  test('limit=2 gives pages of two whose `next` leads through the whole queue once, in order', async () => {
    const pages = await allPages('limit=2');
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((c) => c.id)).toEqual(ids);
  });

  test('status=owned and status=waiting each list only theirs, and page the same way', async () => {
    expect((await list('?status=owned')).conversations.map((c) => [c.id, c.status])).toEqual([
      [ids[1], 'owned'],
      [ids[3], 'owned'],
    ]);
    const waiting = await allPages('status=waiting&limit=2');
    expect(waiting.map((page) => page.map((c) => c.id))).toEqual([[ids[0], ids[2]], [ids[4]]]);
    expect(waiting.flat().every((c) => c.status === 'waiting')).toBe(true);
  });

  test('a conversation that leaves the queue between two pages makes the next page skip nothing and repeat nothing', async () => {
    const first = await list('?limit=2');
    expect(first.conversations.map((c) => c.id)).toEqual([ids[0], ids[1]]);
    // The first customer takes the request back.
    await h.customer({ id: ids[0] }).say('取消');
    const second = await list(`?limit=2&cursor=${encodeURIComponent(first.next!)}`);
    expect(second.conversations.map((c) => c.id)).toEqual([ids[2], ids[3]]);
  });

  test.each([
    { query: '?limit=0', names: 'limit' },
    { query: '?limit=201', names: 'limit' },
    { query: '?limit=ten', names: 'limit' },
    { query: '?limit=2.5', names: 'limit' },
    { query: '?status=withdrawn', names: 'status' },
    { query: '?page=2', names: 'page' },
    { query: '?offset=10', names: 'offset' },
    { query: '?cursor=not-a-cursor', names: 'cursor' },
    { query: `?cursor=${Buffer.from('{"since":1}').toString('base64url')}`, names: 'cursor' },
    { query: '?status=owned&status=waiting', names: 'status' },
  ])('$query is 400 invalid_request naming "$names"', async ({ query, names }) => {
    const answer = await h.agent('GET', `/api/agent/conversations${query}`);
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_request', message: expect.stringContaining(names) } });
  });
});

describe('a long queue', () => {
  const registry = new HandoffRegistry(new MemoryStorage());

  beforeAll(async () => {
    // 300 handoffs, some in the same millisecond: the order (since, then id) still gives each its own place.
    for (let n = 0; n < 300; n++) {
      await registry.open({
        conversationId: `c-${String(n).padStart(3, '0')}`,
        reason: 'customer_request',
        step: 'plus',
        statePath: 'flow.onboarding.awaitingPlus',
        locale: 'zh-CN',
        since: new Date(Date.UTC(2025, 0, 1, 8, 0, 0, Math.floor(n / 3))).toISOString(),
        customer: { loggedIn: false },
      });
    }
    for (let n = 0; n < 300; n += 4) await registry.markOwned(`c-${String(n).padStart(3, '0')}`);
  });

  const page = async (query: Record<string, string>) => queuePage(await registry.list(), queueQuerySchema.parse(query));

  test('comes 100 at a time by default, at most 200 when asked, and `next` covers all 300 exactly once', async () => {
    const first = await page({});
    expect(first.entries).toHaveLength(100);
    expect(first.next).toEqual(expect.any(String));
    expect((await page({ limit: '200' })).entries).toHaveLength(200);
    expect(() => queueQuerySchema.parse({ limit: '201' })).toThrow();

    const seen: string[] = [];
    for (let cursor: string | undefined, query: Record<string, string> = {}; ; query = { cursor: cursor! }) {
      const { entries, next } = await page(query);
      seen.push(...entries.map((e) => e.conversationId));
      cursor = next;
      if (!cursor) break;
    }
    expect(seen).toEqual(Array.from({ length: 300 }, (_, n) => `c-${String(n).padStart(3, '0')}`));
  });

  test('status=owned pages through the owned ones only', async () => {
    const owned = await page({ status: 'owned', limit: '50' });
    expect(owned.entries).toHaveLength(50);
    expect(owned.entries.every((e) => e.status === 'owned')).toBe(true);
    const rest = await page({ status: 'owned', limit: '50', cursor: owned.next! });
    expect(rest.entries).toHaveLength(25);
    expect(rest.next).toBeUndefined();
  });
});
