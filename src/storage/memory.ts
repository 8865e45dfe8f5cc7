// In-process store for tests: the same eTag contract as the durable stores, nothing survives the process.
import { CasStorage, type Row, type RowWrite } from './casStorage';
import { EtagConflictError } from './errors';

/**
 * botbuilder's own MemoryStorage is not used as a base: it accepts an item with a stale eTag when
 * its key has been deleted, cannot express "create only if absent", still writes the other items
 * of a multi-item write that has a conflict, and reports a conflict as a plain Error.
 * Rows are kept serialized so a caller mutating what it read or wrote cannot change the store,
 * like with a real database.
 */
export class MemoryStorage extends CasStorage {
  private readonly rows = new Map<string, Row>();

  protected async readRows(keys: readonly string[]): Promise<Map<string, Row>> {
    const found = new Map<string, Row>();
    for (const key of keys) {
      const row = this.rows.get(key);
      if (row) found.set(key, row);
    }
    return found;
  }

  protected async writeRows(writes: readonly RowWrite[]): Promise<void> {
    // Check every expectation before applying any, so a write is all or nothing.
    for (const w of writes) {
      const current = this.rows.get(w.key);
      const holds = w.expect.kind === 'any' || (w.expect.kind === 'absent' ? !current : current?.etag === w.expect.etag);
      if (!holds) throw new EtagConflictError(w.key);
    }
    for (const w of writes) this.rows.set(w.key, { etag: w.etag, doc: w.doc });
  }

  protected async deleteRows(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.rows.delete(key);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.rows.clear();
  }
}
