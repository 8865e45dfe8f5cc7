// Keeps the mock backend's state in a JSON file, as a real backend keeps its accounts: read once at start, written after changes.
import { readFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import { accountSchema, orderSchema, phoneSchema, sessionSchema } from '../backend/schemas';

const uniqueBy = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;

/** What MockState exports and can start from: every account with its phone and orders, and the open sessions. */
export const mockStateSnapshotSchema = z
  .object({
    version: z.literal(1),
    accounts: z.array(z.object({ phone: phoneSchema, account: accountSchema, orders: z.array(orderSchema) })),
    sessions: z.array(sessionSchema),
  })
  .refine((s) => uniqueBy(s.accounts, (a) => a.phone), 'phones must be unique')
  .refine((s) => uniqueBy(s.accounts, (a) => a.account.accountId), 'account ids must be unique');

export type MockStateSnapshot = z.infer<typeof mockStateSnapshotSchema>;

/**
 * The state saved in `file`, or undefined when there is none yet. An unreadable or invalid file is logged and
 * ignored (the mock then starts from the personas): a demo must start whatever was left on disk. Read synchronously,
 * once, while the mock is built, as the personas fixture is.
 */
export function readStateFile(file: string, logger: Logger): MockStateSnapshot | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    logger.warn({ file, err: (error as Error).message }, `cannot read the mock backend's state file ${file}: starting from the demo personas`);
    return undefined;
  }
  const parsed = mockStateSnapshotSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  logger.warn({ file, problems }, `invalid mock backend state file ${file}: starting from the demo personas`);
  return undefined;
}

export interface StateWriter {
  /** Something changed: one write is scheduled shortly after, however many changes come meanwhile. */
  changed(): void;
  /** Writes what is still unsaved and waits for every write to end (at close). */
  flush(): Promise<void>;
}

/** How long a change waits for the ones that follow it (a login changes the state twice), so they make one write. */
const WRITE_DELAY_MS = 50;

/**
 * Writes `snapshot()` to `file` after changes: coalesced, one write at a time, each to a temporary file renamed over
 * the old one, so a crash leaves the old state or the new one, never half of a file. A failed write is logged; the
 * next change tries again.
 */
export function createStateWriter(file: string, snapshot: () => MockStateSnapshot, logger: Logger, delayMs = WRITE_DELAY_MS): StateWriter {
  let dirty = false;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> | undefined;

  function schedule(): void {
    // A change made while the snapshot is taken (before `writing` is set) schedules too: a write still under way when the
    // timer fires is left to finish, and its end schedules the next one; two writes at once would race on the temporary file.
    if (timer || writing) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!writing) void writeNow();
    }, delayMs);
  }

  function writeNow(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    dirty = false;
    // Taken now, so a change made while the file is written is left dirty and written next.
    const text = JSON.stringify(snapshot(), null, 2);
    writing = writeAtomically(file, text)
      .catch((error: unknown) => logger.warn({ file, err: String(error) }, `cannot save the mock backend's state to ${file}`))
      .finally(() => {
        writing = undefined;
        if (dirty) schedule();
      });
    return writing;
  }

  return {
    changed() {
      dirty = true;
      schedule();
    },
    async flush() {
      // A write ending meanwhile schedules the next one if needed; writing it here cancels that timer.
      while (writing || dirty) await (writing ?? writeNow());
    },
  };
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    // On disk before the rename, so the new name never points at a file the system had not written yet.
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
