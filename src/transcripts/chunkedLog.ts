// A list over CasStorage in fixed-size, deflated chunks: a batch append is one head read, one chunk read and one atomic write; items are removed in place.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import type { StoreItems } from 'botbuilder';
import { KeyedQueue } from '../bot/keyedQueue';
import { ETAG_IF_ABSENT, retryOnEtagConflict, type CasStorage } from '../storage';

/** `v` is new on every append: a writer that finds its own `v` knows the last chunk is still the one it wrote. */
const headSchema = z.object({ count: z.number().int().min(0), created: z.string(), v: z.string().optional() });
/** A chunk as written now: its items, encoded by the log's codec, as deflated JSON in base64. */
const packedChunkSchema = z.object({ count: z.number().int().min(0), z: z.string() });
/** A chunk as earlier versions wrote it (still read, and rewritten packed on the next append to it). */
const legacyChunkSchema = z.object({ entries: z.array(z.object({ seq: z.number().int().min(0), item: z.unknown() })) });

type Head = z.infer<typeof headSchema>;

export interface LogPage<T> {
  items: T[];
  /** Where the next page starts; absent on the last page. */
  nextChunk?: number;
}

/**
 * How a chunk's items are turned into JSON and back. A codec sees a whole chunk at once, so it can keep once
 * what its items repeat (the transcript's envelope fields).
 */
export interface ChunkCodec<T> {
  encode(items: readonly T[]): unknown;
  decode(encoded: unknown): T[];
}

const plainCodec: ChunkCodec<never> = {
  encode: (items) => items,
  decode: (encoded) => (Array.isArray(encoded) ? (encoded as never[]) : []),
};

export const DEFAULT_CHUNK_SIZE = 25;
/**
 * zlib's fastest level (~40 % less CPU than the default for ~7 % more bytes on the bench's transcripts), with a
 * window and hash sized to a chunk (a few KB) rather than zlib's 32 KB default: setting up the default state is
 * most of the cost of deflating a chunk (measured on a 6 KB chunk: 61 µs → 32 µs, same size). Any raw inflate
 * reads it. Synchronous on purpose: on libuv's thread pool the same deflate cost ~175 µs of CPU (a zlib handle,
 * a thread hand-off and a callback per chunk), and the flush that calls it is already off the turn.
 */
const DEFLATE_OPTIONS = { level: 1, windowBits: 12, memLevel: 5 } as const;

/** Lists whose last chunk is kept in memory (the recently active conversations), so an append need not read it. */
const CACHED_TAILS = 1000;

const newVersion = () => Math.random().toString(36).slice(2, 10);

const headKey = (prefix: string) => `${prefix}/head`;
const chunkKey = (prefix: string, index: number) => `${prefix}/chunk/${index}`;

/**
 * Each list lives under a key prefix: `<prefix>/head` counts the items, `<prefix>/chunk/<n>` holds items
 * n*size … (n+1)*size-1. An append reads the head and the last chunk and writes both (and any new chunk) in one
 * all-or-nothing compare-and-set, so several bot instances can append to one list without losing an item, and a
 * crash never leaves a position reserved but empty.
 *
 * Chunks are deflated: transcripts repeat the same keys, prompts and buttons, and shrink ~5× (issue 6's
 * bytes-per-conversation budget; measured by `npm run bench`).
 */
export class ChunkedLog<T> {
  // Appends from one process are applied in call order.
  private readonly queue = new KeyedQueue();
  /** Appends to a list that wait for its queue, taken as one batch when their turn comes. */
  private readonly waiting = new Map<string, Array<{ items: readonly T[]; done: (seq: number) => void; fail: (error: unknown) => void }>>();
  private readonly chunkSize: number;
  private readonly codec: ChunkCodec<T>;
  /** The items of a list's last, unfull chunk as this process wrote them, with the head's count and `v` then (LRU). */
  private readonly tails = new Map<string, { count: number; v: string; items: T[] }>();

  constructor(
    private readonly storage: CasStorage,
    options: { chunkSize?: number; codec?: ChunkCodec<T> } = {},
  ) {
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    this.codec = options.codec ?? (plainCodec as ChunkCodec<T>);
  }

  /**
   * Appends items and returns the position of the first (0: the list was just created). Appends made while an
   * earlier one to the same list is still waiting are written together, in call order.
   */
  append(prefix: string, items: readonly T[]): Promise<number> {
    return new Promise((done, fail) => {
      const batch = this.waiting.get(prefix);
      if (batch) {
        batch.push({ items, done, fail });
        return;
      }
      const started = [{ items, done, fail }];
      this.waiting.set(prefix, started);
      void this.queue.run(prefix, async () => {
        // From here on, a new append starts the next batch.
        this.waiting.delete(prefix);
        try {
          let first = await this.appendAll(prefix, started.flatMap((entry) => entry.items));
          for (const entry of started) {
            entry.done(first);
            first += entry.items.length;
          }
        } catch (error) {
          for (const entry of started) entry.fail(error);
        }
      });
    });
  }

  /** Resolves once the appends to this list made so far are written (or failed). */
  settled(prefix: string): Promise<void> {
    return this.queue.run(prefix, async () => undefined);
  }

  /** Writes the head and every chunk the items fall in as one compare-and-set; redone on fresh state after a conflict. */
  private appendAll(prefix: string, items: readonly T[]): Promise<number> {
    return retryOnEtagConflict(headKey(prefix), () => this.tryAppend(prefix, items));
  }

  /** One try of appendAll on the state as read now; throws EtagConflictError if another writer got there first. */
  private async tryAppend(prefix: string, items: readonly T[]): Promise<number> {
    const storedHead = (await this.storage.read([headKey(prefix)]))[headKey(prefix)];
    const head = headSchema.safeParse(storedHead);
    const first = head.success ? head.data.count : 0;
    // The head is still the one this process wrote last: the last chunk is the one kept in memory. (The head's
    // compare-and-set below makes the whole write fail if anybody appended since it was read.)
    const tail = this.tails.get(prefix);
    this.tails.delete(prefix);
    const tailKnown = head.success && tail !== undefined && tail.v === head.data.v && tail.count === first;
    const version = newVersion();
    const changes: StoreItems = {
      [headKey(prefix)]: {
        count: first + items.length,
        created: head.success ? head.data.created : new Date().toISOString(),
        v: version,
        eTag: head.success ? (storedHead as { eTag: string }).eTag : ETAG_IF_ABSENT,
      },
    };
    let last: T[] = [];
    for (let seq = first; seq < first + items.length; ) {
      const index = Math.floor(seq / this.chunkSize);
      const end = Math.min(first + items.length, (index + 1) * this.chunkSize);
      const key = chunkKey(prefix, index);
      let kept: T[] = [];
      let eTag = ETAG_IF_ABSENT;
      // A chunk that starts here is new; otherwise the items join those already in it.
      if (seq % this.chunkSize !== 0 && tailKnown) {
        kept = tail.items;
        eTag = '*';
      } else if (seq % this.chunkSize !== 0) {
        const stored = (await this.storage.read([key]))[key];
        kept = stored ? this.itemsOf(stored) : [];
        if (stored) eTag = (stored as { eTag: string }).eTag;
      }
      last = [...kept, ...items.slice(seq - first, end - first)];
      changes[key] = { ...this.pack(last), eTag };
      seq = end;
    }
    await this.storage.write(changes);
    if (last.length < this.chunkSize) this.keepTail(prefix, { count: first + items.length, v: version, items: last });
    return first;
  }

  private keepTail(prefix: string, tail: { count: number; v: string; items: T[] }): void {
    this.tails.set(prefix, tail);
    if (this.tails.size > CACHED_TAILS) this.tails.delete(this.tails.keys().next().value as string);
  }

  async head(prefix: string): Promise<Head | undefined> {
    const parsed = headSchema.safeParse((await this.storage.read([headKey(prefix)]))[headKey(prefix)]);
    return parsed.success ? parsed.data : undefined;
  }

  /** Up to `maxChunks` chunks from `fromChunk`, in append order. */
  async page(prefix: string, fromChunk: number, maxChunks: number): Promise<LogPage<T>> {
    return this.pageAfter(await this.head(prefix), prefix, fromChunk, maxChunks);
  }

  /** A page of the list whose head was just read (none: the list does not exist). */
  private async pageAfter(head: Head | undefined, prefix: string, fromChunk: number, maxChunks: number): Promise<LogPage<T>> {
    if (!head) return { items: [] };
    const total = Math.ceil(head.count / this.chunkSize);
    const end = Math.min(total, fromChunk + maxChunks);
    const keys = Array.from({ length: Math.max(0, end - fromChunk) }, (_, i) => chunkKey(prefix, fromChunk + i));
    const stored = keys.length > 0 ? await this.storage.read(keys) : {};
    // A chunk lost with a writer of an earlier version (which reserved positions before filling them) is simply missing.
    const items = keys.flatMap((key) => this.itemsOf(stored[key]));
    return { items, nextChunk: end < total ? end : undefined };
  }

  /** Every item, page by page. */
  async all(prefix: string, chunksPerRead = 8): Promise<T[]> {
    const items: T[] = [];
    for (let from: number | undefined = 0; from !== undefined; ) {
      const page: LogPage<T> = await this.page(prefix, from, chunksPerRead);
      items.push(...page.items);
      from = page.nextChunk;
    }
    return items;
  }

  /** The last `count` items, reading only the chunks that hold them. */
  async tail(prefix: string, count: number): Promise<T[]> {
    const head = await this.head(prefix);
    if (!head) return [];
    const fromChunk = Math.floor(Math.max(0, head.count - count) / this.chunkSize);
    const chunks = Math.ceil(head.count / this.chunkSize) - fromChunk;
    return (await this.pageAfter(head, prefix, fromChunk, chunks)).items.slice(-count);
  }

  /**
   * Removes the items `matches` picks (an erased conversation from its channel's index), rewriting only the chunks that
   * held them; returns how many went. Positions stay (a chunk then holds fewer items), so a page token handed out
   * before still starts where it did. Chunks before the last full one are written by nobody but another removal: each
   * is its own compare-and-set, so appends meanwhile do not make the scan start over. The chunks from there on are
   * rewritten together with the head (a new `v`), so a writer holding the last chunk in memory reads it again instead
   * of writing the removed items back.
   */
  remove(prefix: string, matches: (item: T) => boolean, chunksPerRead = 8): Promise<number> {
    // In the list's queue: this process's appends wait, so none of them holds the last chunk as it was.
    return this.queue.run(prefix, async () => {
      this.tails.delete(prefix);
      const head = await this.head(prefix);
      if (!head) return 0;
      const full = Math.floor(head.count / this.chunkSize);
      let removed = 0;
      for (let from = 0; from < full; from += chunksPerRead) {
        const keys = Array.from({ length: Math.min(chunksPerRead, full - from) }, (_, i) => chunkKey(prefix, from + i));
        removed += await retryOnEtagConflict(keys[0], async () => {
          const { changes, count } = await this.withoutMatches(keys, matches);
          if (count > 0) await this.storage.write(changes);
          return count;
        });
      }
      removed += await retryOnEtagConflict(headKey(prefix), async () => {
        const storedHead = (await this.storage.read([headKey(prefix)]))[headKey(prefix)];
        const now = headSchema.safeParse(storedHead);
        if (!now.success) return 0;
        const total = Math.ceil(now.data.count / this.chunkSize);
        const keys = Array.from({ length: Math.max(0, total - full) }, (_, i) => chunkKey(prefix, full + i));
        const { changes, count } = await this.withoutMatches(keys, matches);
        if (count === 0) return 0;
        changes[headKey(prefix)] = { ...now.data, v: newVersion(), eTag: (storedHead as { eTag: string }).eTag };
        await this.storage.write(changes);
        return count;
      });
      return removed;
    });
  }

  /** The chunks among `keys` that hold matching items, rewritten without them (each against the eTag it was read at). */
  private async withoutMatches(keys: string[], matches: (item: T) => boolean): Promise<{ changes: StoreItems; count: number }> {
    const stored = keys.length > 0 ? await this.storage.read(keys) : {};
    const changes: StoreItems = {};
    let count = 0;
    for (const key of keys) {
      if (!stored[key]) continue;
      const items = this.itemsOf(stored[key]);
      const kept = items.filter((item) => !matches(item));
      if (kept.length === items.length) continue;
      count += items.length - kept.length;
      changes[key] = { ...this.pack(kept), eTag: (stored[key] as { eTag: string }).eTag };
    }
    return { changes, count };
  }

  async delete(prefix: string): Promise<void> {
    this.tails.delete(prefix);
    const head = await this.head(prefix);
    if (!head) return;
    const chunks = Array.from({ length: Math.ceil(head.count / this.chunkSize) }, (_, i) => chunkKey(prefix, i));
    await this.storage.delete([...chunks, headKey(prefix)]);
  }

  private pack(items: readonly T[]): z.infer<typeof packedChunkSchema> {
    const json = JSON.stringify(this.codec.encode(items));
    return { count: items.length, z: deflateRawSync(json, DEFLATE_OPTIONS).toString('base64') };
  }

  /** The items of a stored chunk, packed or legacy; none for anything unreadable. */
  private itemsOf(stored: unknown): T[] {
    const packed = packedChunkSchema.safeParse(stored);
    if (packed.success) {
      try {
        return this.codec.decode(JSON.parse(inflateRawSync(Buffer.from(packed.data.z, 'base64')).toString('utf8')));
      } catch {
        return [];
      }
    }
    const legacy = legacyChunkSchema.safeParse(stored);
    return legacy.success ? [...legacy.data.entries].sort((a, b) => a.seq - b.seq).map((entry) => entry.item as T) : [];
  }
}
