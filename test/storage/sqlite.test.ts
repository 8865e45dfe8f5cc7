// The embedded store: the shared contract, nothing acknowledged lost to kill -9, the file under DATA_DIR, a bounded WAL.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStorage, SqliteStorage } from '../../src/storage';
import { describeStorageContract } from './contract';
import { sampleConversation } from './sampleDoc';
import { spawnTsx } from '../support/tsxProcess';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storage-sqlite-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describeStorageContract('SqliteStorage', { open: async () => new SqliteStorage({ dataDir: tempDir() }) });

interface ChildRun {
  acknowledged: number[];
  signal: NodeJS.Signals | null;
}

/** Runs the writer child; `killAfter` acknowledgements, the parent SIGKILLs it (otherwise it kills itself). */
function runWriter(dataDir: string, count: number | 'forever', killAfter?: number): Promise<ChildRun> {
  const child = spawnTsx(join(__dirname, 'fixtures', 'sqliteWriter.ts'), { args: [dataDir, String(count)] });
  const acknowledged: number[] = [];
  let pending = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) acknowledged.push(Number(line));
    if (killAfter !== undefined && acknowledged.length >= killAfter) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with code ${code}, signal ${signal}: ${stderr}`));
      else resolve({ acknowledged, signal });
    });
  });
}

/** Reopens the store as a restarted bot would and checks every acknowledged write is there. */
async function expectAllAcknowledgedPresent(dataDir: string, acknowledged: number[]): Promise<void> {
  const storage = new SqliteStorage({ dataDir });
  try {
    const keys = acknowledged.map((i) => `conv/${i}`);
    const items = await storage.read([...keys, 'conv/counter']);
    const missing = keys.filter((k) => !items[k]);
    expect(missing).toEqual([]);
    expect(items[`conv/${acknowledged.at(-1)}`]).toMatchObject(sampleConversation(acknowledged.at(-1)!));
    // The counter may be ahead by the one write the kill interrupted between write and ack, never behind.
    expect(items['conv/counter'].acknowledged).toBeGreaterThanOrEqual(acknowledged.at(-1)!);
  } finally {
    await storage.close();
  }
}

describe('SqliteStorage after the bot process is killed with SIGKILL', () => {
  test('every write acknowledged before a kill -9 right after the last one is there on restart', async () => {
    const dir = tempDir();
    const run = await runWriter(dir, 300);
    expect(run.acknowledged).toHaveLength(300);
    await expectAllAcknowledgedPresent(dir, run.acknowledged);
  }, 30_000);

  test('every write acknowledged before a kill -9 in the middle of a stream of writes is there on restart', async () => {
    const dir = tempDir();
    const run = await runWriter(dir, 'forever', 500);
    expect(run.acknowledged.length).toBeGreaterThanOrEqual(500);
    await expectAllAcknowledgedPresent(dir, run.acknowledged);
  }, 30_000);
});

describe('SqliteStorage files', () => {
  test('createStorage with STORAGE=embedded keeps bot.sqlite under DATA_DIR, creating the directory', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const storage = await createStorage({ STORAGE: 'embedded', DATA_DIR: dataDir, DATABASE_URL: undefined });
    try {
      expect(storage).toBeInstanceOf(SqliteStorage);
      await storage.write({ 'conv/1': { step: 'login' } });
      expect(existsSync(join(dataDir, 'bot.sqlite'))).toBe(true);
    } finally {
      await storage.close();
    }
    const reopened = new SqliteStorage({ dataDir });
    expect((await reopened.read(['conv/1']))['conv/1'].step).toBe('login');
    await reopened.close();
  });

  test('the write-ahead log is checkpointed as the bot writes, so it stays a few MB', async () => {
    const storage = new SqliteStorage({ dataDir: tempDir() });
    try {
      // ~3,000 pages of WAL frames, three times the checkpoint threshold.
      for (let i = 0; i < 3000; i++) await storage.write({ [`conv/${i % 500}`]: sampleConversation(i) });
      expect(statSync(`${storage.file}-wal`).size).toBeLessThan(8_000_000);
      expect(statSync(storage.file).size).toBeGreaterThan(1_000_000);
    } finally {
      await storage.close();
    }
  });
});
