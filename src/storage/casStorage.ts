// The shared half of every store: botbuilder's Storage contract, eTag semantics and input checks over three row primitives.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';

/**
 * An eTag a writer may put on an item to say "create it; fail if it already exists". botbuilder
 * treats a missing eTag as "overwrite", which would let two instances both create the same new
 * conversation and lose one of the two turns; withEtagRetry writes this for keys it read as absent.
 * Real eTags are UUIDs, so they can never equal it.
 */
export const ETAG_IF_ABSENT = 'if-absent';

/** What must hold for one item's write to apply. */
export type Expectation = { kind: 'any' } | { kind: 'absent' } | { kind: 'etag'; etag: string };

/** A stored document as the backends keep it: serialized JSON without its eTag. */
export interface Row {
  etag: string;
  doc: string;
}

export interface RowWrite extends Row {
  key: string;
  expect: Expectation;
}

const ANY: Expectation = { kind: 'any' };
const ABSENT: Expectation = { kind: 'absent' };

/**
 * Base of the three stores. botbuilder's eTag semantics, decided here once:
 * - no eTag, `''` or `'*'`: overwrite (or create), as botbuilder's own stores do;
 * - `ETAG_IF_ABSENT`: create, conflict if the key exists;
 * - any other eTag: replace only if it is still the stored one; a missing key is a conflict too
 *   (it was deleted since it was read);
 * - a write of several items is all or nothing; a conflict throws EtagConflictError.
 * Every write gets a fresh random eTag, so a key deleted and created again never reuses an eTag a
 * stale writer might still hold.
 */
export abstract class CasStorage implements Storage {
  /** Reads the rows that exist; absent keys are simply missing from the map. */
  protected abstract readRows(keys: readonly string[]): Promise<Map<string, Row>>;
  /** Applies all writes atomically, or none and throws EtagConflictError for a key whose expectation failed. */
  protected abstract writeRows(writes: readonly RowWrite[]): Promise<void>;
  protected abstract deleteRows(keys: readonly string[]): Promise<void>;
  /** Resolves when the store can serve a turn (for /readyz); rejects with the reason otherwise. */
  abstract ping(): Promise<void>;
  abstract close(): Promise<void>;

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'read');
    const rows = await this.readRows(keys);
    const items: StoreItems = {};
    for (const [key, row] of rows) {
      const item = JSON.parse(row.doc) as Record<string, unknown>;
      item.eTag = row.etag;
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (typeof changes !== 'object' || changes === null) throw new TypeError('Storage: changes are required when writing');
    const writes: RowWrite[] = [];
    for (const key of Object.keys(changes)) {
      assertKey(key, 'write');
      const item: unknown = changes[key];
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new TypeError(`Storage: the item for "${key}" must be an object`);
      }
      const { eTag, ...doc } = item as { eTag?: unknown };
      if (eTag !== undefined && typeof eTag !== 'string') throw new TypeError(`Storage: the eTag of "${key}" must be a string`);
      writes.push({ key, doc: JSON.stringify(doc), etag: randomUUID(), expect: expectationOf(eTag) });
    }
    if (writes.length > 0) await this.writeRows(writes);
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'delete');
    if (keys.length > 0) await this.deleteRows(keys);
  }
}

function expectationOf(eTag: string | undefined): Expectation {
  if (eTag === undefined || eTag === '' || eTag === '*') return ANY;
  if (eTag === ETAG_IF_ABSENT) return ABSENT;
  return { kind: 'etag', etag: eTag };
}

function assertKeys(keys: unknown, op: string): asserts keys is string[] {
  if (!Array.isArray(keys)) throw new TypeError(`Storage: keys are required when ${op === 'read' ? 'reading' : 'deleting'}`);
  for (const key of keys) assertKey(key, op);
}

function assertKey(key: unknown, op: string): asserts key is string {
  if (typeof key !== 'string' || key === '') throw new TypeError(`Storage: cannot ${op} an empty or non-string key`);
}

/** Table names are spliced into SQL, so only plain lowercase identifiers are accepted. */
export function assertTableName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,50}$/.test(name)) {
    throw new TypeError(`Storage: table name "${name}" must match [a-z_][a-z0-9_]* (at most 51 characters)`);
  }
  return name;
}
