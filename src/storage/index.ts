// Storage for the bot, chosen by STORAGE: the factory the composition root calls, and the public API of src/storage.
import type { Config } from '../config';
import type { CasStorage } from './casStorage';
import { MemoryStorage } from './memory';
import { describeStartFailure, PostgresStorage } from './postgres';
import { StorageStartError } from './errors';
import { SqliteStorage } from './sqlite';

export { CasStorage, ETAG_IF_ABSENT } from './casStorage';
export { EtagConflictError, isEtagConflictError, StorageStartError } from './errors';
export { MemoryStorage } from './memory';
export { PostgresStorage, type PostgresStorageOptions } from './postgres';
export { SqliteStorage, type SqliteStorageOptions } from './sqlite';
export { retryOnEtagConflict, SKIP_WRITE, withEtagRetry, type EtagRetryOptions, type EtagRetryResult, type SkipWrite } from './retry';

export interface CreateStorageOptions {
  /** PostgreSQL connections per bot instance (default 10). */
  poolSize?: number;
  /** Table to use instead of `bot_storage` (tests use their own). */
  tableName?: string;
  /** Where PostgreSQL's background trouble (a dropped idle connection) is reported; default: a process warning. */
  onWarning?: (message: string) => void;
}

/**
 * Opens the store STORAGE names, ready for turns: the embedded file is created under DATA_DIR,
 * the PostgreSQL schema is created or migrated. Close it on shutdown.
 */
export async function createStorage(
  config: Pick<Config, 'STORAGE' | 'DATA_DIR' | 'DATABASE_URL'>,
  opts: CreateStorageOptions = {},
): Promise<CasStorage> {
  switch (config.STORAGE) {
    case 'memory':
      return new MemoryStorage();
    case 'embedded':
      return new SqliteStorage({ dataDir: config.DATA_DIR, tableName: opts.tableName });
    case 'postgres': {
      if (!config.DATABASE_URL) throw new Error('STORAGE=postgres needs DATABASE_URL');
      const storage = new PostgresStorage({ connectionString: config.DATABASE_URL, ...opts });
      try {
        await storage.migrate();
      } catch (err) {
        await storage.close();
        // pg's own error ("getaddrinfo ENOTFOUND …", a stack) names neither the setting nor what to fix.
        throw new StorageStartError(describeStartFailure(err, config.DATABASE_URL), { cause: err });
      }
      return storage;
    }
  }
}
