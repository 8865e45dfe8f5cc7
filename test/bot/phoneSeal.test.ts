// The seal a login's phone number rests under: opened only with the installation's key, refused when altered.
import { MemoryStorage } from '../../src/storage';
import { phoneSealWith, storedPhoneSeal } from '../../src/bot/phoneSeal';

const PHONE = '13912345678';

test('a sealed number shows none of its digits, differs each time, and opens to the number', () => {
  const seal = phoneSealWith('a'.repeat(64));
  const [first, second] = [seal.seal(PHONE), seal.seal(PHONE)];
  expect(first).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  expect(first).not.toContain(PHONE);
  expect(first).not.toContain(PHONE.slice(3, 7));
  expect(second).not.toBe(first);
  expect(seal.open(first)).toBe(PHONE);
  expect(seal.open(second)).toBe(PHONE);
});

test('a seal made with another key, altered, cut short or of another scheme does not open', () => {
  const seal = phoneSealWith('a'.repeat(64));
  const sealed = seal.seal(PHONE);
  expect(phoneSealWith('b'.repeat(64)).open(sealed)).toBeUndefined();
  const [scheme, iv, body, tag] = sealed.split('.');
  const flipped = body.charAt(0) === 'A' ? `B${body.slice(1)}` : `A${body.slice(1)}`;
  expect(seal.open([scheme, iv, flipped, tag].join('.'))).toBeUndefined();
  expect(seal.open([scheme, iv, body, tag.slice(0, 8)].join('.'))).toBeUndefined();
  expect(seal.open(['v0', iv, body, tag].join('.'))).toBeUndefined();
  expect(seal.open(PHONE)).toBeUndefined();
  expect(seal.open('')).toBeUndefined();
});

test("the installation's seal is kept in the store: another instance (or the bot after a restart) opens it", async () => {
  const storage = new MemoryStorage();
  const sealed = (await storedPhoneSeal(storage)()).seal(PHONE);
  expect((await storedPhoneSeal(storage)()).open(sealed)).toBe(PHONE);
  expect((await storedPhoneSeal(new MemoryStorage())()).open(sealed)).toBeUndefined();
});
