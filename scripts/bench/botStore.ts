// What the benchmark asks of the real bot's store: what it holds per conversation, where walks ended, and a bulk pre-fill.
import Database from 'better-sqlite3';
import type { CasStorage } from '../../src/storage';
import { conversationKey, conversationRecordSchema } from '../../src/bot/conversationRecord';
import { statePath } from '../../machines/view';
import { conversationId } from './conversations';

/** The table startBot's embedded store uses (SqliteStorage's default). */
const TABLE = 'bot_storage';
/** Documents per write: SqliteStorage commits a multi-item write as one transaction. */
const BATCH = 500;

export interface StoreFootprint {
  /** Per kind of document (the key up to its first `/`: conversation, transcript, account…): how many, how many bytes. */
  kinds: Record<string, { documents: number; bytes: number }>;
  /** Pages × page size, as a reader sees the database with the write-ahead log applied (the file itself lags). */
  databaseBytes: number;
}

/** A read-only connection of the bench's own to the bot's database file. */
function withDatabase<T>(file: string, use: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/**
 * Everything the bot stored, read straight from the database file: every kind of document counts, not only
 * the conversation records, so whatever a turn starts to write later (transcripts…) shows up here too.
 */
export function storeFootprint(file: string): StoreFootprint {
  return withDatabase(file, (db) => {
    const rows = db
      .prepare(
        `SELECT CASE WHEN instr(key, '/') > 0 THEN substr(key, 1, instr(key, '/') - 1) ELSE key END AS kind,
                count(*) AS documents, sum(length(CAST(doc AS BLOB))) AS bytes
           FROM ${TABLE} GROUP BY kind`,
      )
      .all() as Array<{ kind: string; documents: number; bytes: number }>;
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return { kinds: Object.fromEntries(rows.map(({ kind, ...size }) => [kind, size])), databaseBytes: pages * pageSize };
  });
}

/** Where each of the first `count` conversations of a run rests, by dotted state path. */
export async function restingStates(storage: CasStorage, prefix: string, count: number): Promise<string[]> {
  const keys = Array.from({ length: count }, (_, i) => conversationKey(conversationId(prefix, i)));
  const items = await storage.read(keys);
  return keys.map((key) => {
    const record = conversationRecordSchema.parse(items[key]);
    return statePath((record.dialogue as { snapshot: { value: unknown } }).snapshot.value);
  });
}

/** Every document of one conversation: the keys that name its id as a path segment (its record, its transcript…). */
function documentsOf(db: Database.Database, id: string): Array<{ key: string; doc: string }> {
  const segment = `/${encodeURIComponent(id)}`;
  return (db.prepare(`SELECT key, doc FROM ${TABLE} WHERE key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\'`).all(
    `%${escapeLike(segment)}`,
    `%${escapeLike(segment)}/%`,
  ) as Array<{ key: string; doc: string }>);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Fills the store up to `total` conversations, ids `${prefix}-${first}` on, copied from the first `templates`
 * conversations walked over HTTP (every persona and resting state): each copy gets all of its template's
 * documents (record, transcript head and chunks) under its own id. Written straight into the store in batches:
 * 100,000 walks through HTTP would take minutes and measure nothing new.
 */
export async function prefill(
  storage: CasStorage,
  file: string,
  { prefix, templates, first, total }: { prefix: string; templates: number; first: number; total: number },
): Promise<{ written: number }> {
  const sources = withDatabase(file, (db) =>
    Array.from({ length: templates }, (_, i) => ({ id: conversationId(prefix, i), documents: documentsOf(db, conversationId(prefix, i)) })),
  ).filter((source) => source.documents.length > 0);
  if (sources.length === 0) throw new Error(`prefill: no stored conversations under ${prefix} to copy`);
  let written = 0;
  let changes: Record<string, object> = {};
  let pending = 0;
  const flush = async () => {
    await storage.write(changes);
    written += pending;
    changes = {};
    pending = 0;
  };
  for (let n = first; n < total; n++) {
    const source = sources[n % sources.length];
    const id = conversationId(prefix, n);
    for (const { key, doc } of source.documents) {
      const copyKey = key.split('/').map((segment) => (segment === encodeURIComponent(source.id) ? encodeURIComponent(id) : segment)).join('/');
      changes[copyKey] = JSON.parse(doc.replaceAll(JSON.stringify(source.id), JSON.stringify(id))) as object;
      pending += 1;
    }
    if (pending >= BATCH) await flush();
  }
  if (pending > 0) await flush();
  return { written };
}
