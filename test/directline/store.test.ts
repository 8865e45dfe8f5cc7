// The conversation store and tokens on their own: watermark arithmetic, bounds, idle expiry, signatures.
import { createConversationStore } from '../../src/directline/store';
import { createTokenService } from '../../src/directline/tokens';

const message = (text: string) => ({ type: 'message', text });

describe('the conversation store', () => {
  const limits = { maxConversations: 3, idleTtlMs: 1000, maxActivitiesPerConversation: 3 };

  test('watermarks count activities; asking from a watermark returns only what came after it', () => {
    const store = createConversationStore(limits);
    store.create('c1', 'dl_u', 'zh-CN');
    expect(store.since('c1', undefined)).toEqual({ activities: [], watermark: '0' });
    const first = store.append('c1', message('a'));
    store.append('c1', message('b'));
    expect(first?.id).toBe('c1|0000001');
    expect(store.since('c1', 1)).toMatchObject({ activities: [{ text: 'b' }], watermark: '2' });
    expect(store.since('c1', 2)).toEqual({ activities: [], watermark: '2' });
    // A watermark from the future (another process's) is clamped rather than skipping what comes next.
    expect(store.since('c1', 99)).toEqual({ activities: [], watermark: '2' });
  });

  test('a long conversation keeps only its latest activities, and watermarks keep counting', () => {
    const store = createConversationStore(limits);
    store.create('c1', 'dl_u', undefined);
    for (const t of ['a', 'b', 'c', 'd', 'e']) store.append('c1', message(t));
    const all = store.since('c1', undefined);
    expect(all?.activities.map((a) => a.text)).toEqual(['c', 'd', 'e']);
    expect(all?.watermark).toBe('5');
    expect(store.since('c1', 4)?.activities.map((a) => a.text)).toEqual(['e']);
  });

  test('a restored conversation keeps its watermarks, gaps included, and numbers new activities from the given one', () => {
    const store = createConversationStore(limits);
    const logged = (seq: number, text: string) => ({ seq, activity: { ...message(text), id: `c1|${String(seq).padStart(7, '0')}` } });
    store.restore('c1', 'dl_u', 'zh-CN', [logged(1, 'a'), logged(3, 'c')], 10);
    expect(store.get('c1')).toMatchObject({ id: 'c1', userId: 'dl_u', locale: 'zh-CN' });
    expect(store.since('c1', undefined)).toMatchObject({ activities: [{ text: 'a' }, { text: 'c' }], watermark: '9' });
    expect(store.since('c1', 1)?.activities.map((a) => a.text)).toEqual(['c']);
    // A page that saw up to 5 before the crash (4 and 5 lost with the transcript's last flush) gets the next one.
    expect(store.append('c1', message('d'))?.id).toBe('c1|0000010');
    expect(store.since('c1', 5)?.activities.map((a) => a.text)).toEqual(['d']);
    expect(store.has('c1', 'c1|0000003')).toBe(true);
  });

  test('a restore never numbers new activities at or below what it restored', () => {
    const store = createConversationStore(limits);
    store.restore('c1', 'dl_u', undefined, [{ seq: 7, activity: { ...message('a'), id: 'c1|0000007' } }], 1);
    expect(store.append('c1', message('b'))?.id).toBe('c1|0000008');
  });

  test('idle conversations expire, and the least recently used one makes room for a new one', () => {
    let now = 0;
    const store = createConversationStore(limits, () => now);
    store.create('a', 'u', undefined);
    store.create('b', 'u', undefined);
    store.create('c', 'u', undefined);
    now = 500;
    store.get('a'); // used: now b is the least recently used
    store.create('d', 'u', undefined);
    expect(['a', 'b', 'c', 'd'].map((id) => Boolean(store.get(id)))).toEqual([true, false, true, true]);
    now = 5000;
    expect(store.get('a')).toBeUndefined();
    expect(store.append('c', message('late'))).toBeUndefined();
  });
});

describe('Direct Line tokens', () => {
  test('carry conversation and user, expire after the ttl, and reject any other signer', () => {
    let now = 1_000_000;
    const tokens = createTokenService('a-secret-of-sixteen+', 60, () => now);
    const { token, expiresIn } = tokens.mint('conv1', 'dl_user');
    expect(expiresIn).toBe(60);
    expect(tokens.verify(token)).toMatchObject({ ok: true, claims: { conv: 'conv1', user: 'dl_user' } });
    expect(createTokenService('another-secret-of-16', 60, () => now).verify(token)).toEqual({ ok: false, reason: 'invalid' });
    expect(tokens.verify(undefined)).toEqual({ ok: false, reason: 'missing' });
    now += 60_000;
    expect(tokens.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  test('refuse a short secret', () => {
    expect(() => createTokenService('short', 60)).toThrow(/16 characters/);
  });
});
