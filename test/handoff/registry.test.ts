// The handoff registry changes only conversations that are with an agent: one that was closed is never brought back.
import { MemoryStorage } from '../../src/storage';
import { AGENT_AWAY_MS, HandoffRegistry } from '../../src/handoff/registry';

const handoff = (conversationId: string) => ({
  conversationId,
  reason: 'customer_request',
  step: 'plus',
  statePath: 'plus.awaitingPlus',
  locale: 'zh-CN',
  since: '2024-05-01T08:00:00.000Z',
  customer: { accountId: 'acct_001', phoneMasked: '138****0001', loggedIn: true },
});

test('a message and an agent taking over are recorded on the conversation waiting for an agent', async () => {
  const registry = new HandoffRegistry(new MemoryStorage());
  await registry.open(handoff('c1'));
  await registry.addCustomerMessage('c1', 'hello?');
  const owned = await registry.markOwned('c1');
  expect(owned).toMatchObject({ conversationId: 'c1', status: 'owned', messages: [{ text: 'hello?' }] });
  expect(await registry.list()).toEqual([owned]);
});

test('a message answered in another language while waiting changes the entry\'s locale; once an agent has it, not', async () => {
  const registry = new HandoffRegistry(new MemoryStorage());
  await registry.open(handoff('c1'));
  await registry.addCustomerMessage('c1', 'English please', 'en-US');
  expect(await registry.get('c1')).toMatchObject({ locale: 'en-US', status: 'waiting' });
  await registry.addCustomerMessage('c1', 'still there?');
  expect(await registry.get('c1')).toMatchObject({ locale: 'en-US' });
  await registry.markOwned('c1');
  await registry.addCustomerMessage('c1', '说中文吧', 'zh-CN');
  expect(await registry.get('c1')).toMatchObject({ locale: 'en-US', status: 'owned' });
});

test('a complaint while waiting becomes the reason; one after an agent took it, or once closed, changes nothing', async () => {
  const registry = new HandoffRegistry(new MemoryStorage());
  await registry.open(handoff('c1'));
  await registry.open(handoff('c2'));
  await registry.complaint('c1');
  expect(await registry.get('c1')).toMatchObject({ reason: 'complaint', status: 'waiting' });
  await registry.markOwned('c2');
  await registry.complaint('c2');
  expect(await registry.get('c2')).toMatchObject({ reason: 'customer_request' });
  await registry.close('c1');
  await registry.complaint('c1');
  expect(await registry.get('c1')).toBeUndefined();
});

test('a message or a takeover for a conversation not with an agent returns nothing and writes nothing', async () => {
  const storage = new MemoryStorage();
  const registry = new HandoffRegistry(storage);
  await registry.open(handoff('c1'));
  await registry.close('c1');
  const write = jest.spyOn(storage, 'write');
  expect(await registry.addCustomerMessage('c1', 'still there?')).toBeUndefined();
  expect(await registry.markOwned('never-handed-off')).toBeUndefined();
  expect(write).not.toHaveBeenCalled();
  expect(await registry.get('c1')).toBeUndefined();
  expect(await registry.list()).toEqual([]);
});

test('an unreadable entry is left exactly as stored', async () => {
  const storage = new MemoryStorage();
  const registry = new HandoffRegistry(storage);
  await storage.write({ 'handoff/conversation/c1': { conversationId: 'c1', broken: true } });
  const before = (await storage.read(['handoff/conversation/c1']))['handoff/conversation/c1'];
  expect(await registry.markOwned('c1')).toBeUndefined();
  expect((await storage.read(['handoff/conversation/c1']))['handoff/conversation/c1']).toEqual(before);
});

describe('the customer taking the request back against an agent taking it', () => {
  test('withdrawn first: no agent can take it, and the queue no longer lists it', async () => {
    const registry = new HandoffRegistry(new MemoryStorage());
    await registry.open(handoff('c1'));
    expect(await registry.waiting('c1')).toBe(true);
    expect(await registry.withdraw('c1')).toBe(true);
    expect(await registry.withdraw('c1')).toBe(true);
    expect(await registry.markOwned('c1')).toBeUndefined();
    expect(await registry.list()).toEqual([]);
  });

  test('taken first: the customer cannot withdraw, and is no longer waiting', async () => {
    const registry = new HandoffRegistry(new MemoryStorage());
    await registry.open(handoff('c1'));
    await registry.markOwned('c1');
    expect(await registry.waiting('c1')).toBe(false);
    expect(await registry.withdraw('c1')).toBe(false);
    expect((await registry.get('c1'))?.status).toBe('owned');
  });

  test('a conversation with no entry counts as waiting and can be withdrawn (a dialogue left in the handoff without one)', async () => {
    const registry = new HandoffRegistry(new MemoryStorage());
    expect(await registry.waiting('gone')).toBe(true);
    expect(await registry.withdraw('gone')).toBe(true);
  });
});

test('a withdrawal whose turn did not land is waiting again at the next turn, and agents see the conversation', async () => {
  const registry = new HandoffRegistry(new MemoryStorage());
  await registry.open(handoff('c1'));
  await registry.withdraw('c1');
  expect(await registry.waiting('c1')).toBe(true);
  expect((await registry.get('c1'))?.status).toBe('waiting');
  expect((await registry.list()).map((e) => e.conversationId)).toEqual(['c1']);
});

// An agent who took a conversation and stopped writing: the customer's next turn brings the bot back.
test('an owned conversation whose agent has not written for AGENT_AWAY_MS is away, once; an agent writing meanwhile keeps it', async () => {
  const clock = { now: 1_000_000 };
  const registry = new HandoffRegistry(new MemoryStorage(), () => clock.now);
  await registry.open(handoff('c1'));
  expect(await registry.away('c1')).toBe(false); // waiting: no agent to be away
  await registry.markOwned('c1', 'li');
  clock.now += AGENT_AWAY_MS - 1;
  expect(await registry.away('c1')).toBe(false);
  await registry.markOwned('c1', 'li');
  clock.now += AGENT_AWAY_MS - 1;
  expect(await registry.away('c1')).toBe(false);
  clock.now += 1;
  expect(await registry.away('c1')).toBe(true);
  expect((await registry.get('c1'))?.status).toBe('withdrawn');
  expect(await registry.away('c1')).toBe(false);
});

test("a waiting customer's place counts only those still waiting before them; owned, withdrawn and unknown ones have none", async () => {
  const clock = { now: Date.parse('2024-05-01T08:12:30.000Z') };
  const registry = new HandoffRegistry(new MemoryStorage(), () => clock.now);
  const at = (conversationId: string, since: string) => ({ ...handoff(conversationId), since });
  await registry.open(at('owned', '2024-05-01T07:00:00.000Z'));
  await registry.open(at('first', '2024-05-01T08:00:00.000Z'));
  await registry.open(at('gave-up', '2024-05-01T08:01:00.000Z'));
  await registry.open(at('second', '2024-05-01T08:02:00.000Z'));
  await registry.open(at('third', '2024-05-01T08:10:00.000Z'));
  await registry.markOwned('owned', 'li');
  await registry.withdraw('gave-up');

  expect(await registry.place('first')).toEqual({ ahead: 0, waitedMs: 12.5 * 60_000 });
  expect(await registry.place('second')).toEqual({ ahead: 1, waitedMs: 10.5 * 60_000 });
  expect(await registry.place('third')).toEqual({ ahead: 2, waitedMs: 2.5 * 60_000 });
  expect(await registry.place('owned')).toBeUndefined();
  expect(await registry.place('nobody')).toBeUndefined();
  // A customer handed over now waits behind every conversation still waiting.
  expect(await registry.waitingOthers('new')).toBe(3);
  expect(await registry.waitingOthers('second')).toBe(2);
});
