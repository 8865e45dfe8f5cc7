// E-mail addresses were kept whole in transcripts and logs ("john.smith@example.com"): they keep only their first
// character and their domain, in the same one scan as the numbers.
import type { Activity } from 'botbuilder';
import { maskSensitive } from '../../src/bot/mask';
import { createLogger } from '../../src/log';
import { toStoredActivity } from '../../src/transcripts/storedActivity';

describe('maskSensitive: e-mail addresses', () => {
  it.each([
    ['john.smith@example.com', 'j***@example.com'],
    ['我的邮箱是john.smith@example.com，谢谢', '我的邮箱是j***@example.com，谢谢'],
    ['email me at Mary_Lee+shop@mail.example.co.uk.', 'email me at M***@mail.example.co.uk.'],
    // A number before the "@" is part of the address: masked as it, not left as a half-masked phone number or code.
    ['13800000001@163.com', '1***@163.com'],
    ['QQ邮箱 654321@qq.com', 'QQ邮箱 6***@qq.com'],
    // Typed in full-width mode (a Chinese IME): read as the bot reads it, after NFKC.
    ['邮箱：ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ', '邮箱:j***@example.com'],
    // With a phone number beside it: both masked in the one scan.
    ['a.b@x.org 或 13800000004', 'a***@x.org 或 138****0004'],
    // Not addresses: an "@" alone, a name without a domain, a mention, a Teams conversation id (searched for in logs).
    ['@客服 在吗', '@客服 在吗'],
    ['me@localhost', 'me@localhost'],
    ['price 5@3', 'price 5@3'],
    ['conversation 19:abc123def@thread.tacv2', 'conversation 19:abc123def@thread.tacv2'],
  ])('maskSensitive(%j) is %j', (input, masked) => {
    expect(maskSensitive(input)).toBe(masked);
  });

  it('masks them in a stored transcript and in the log', () => {
    const stored = toStoredActivity({
      type: 'message',
      id: 'activity-1',
      from: { id: 'customer-1', name: 'john.smith@example.com' },
      text: 'my email is john.smith@example.com',
      channelData: { contact: 'li.lei@example.cn' },
    } as Partial<Activity>);
    expect(stored.text).toBe('my email is j***@example.com');
    expect(stored.from).toMatchObject({ name: 'j***@example.com' });
    expect(stored.channelData).toEqual({ contact: 'l***@example.cn' });

    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ text: '邮箱 li.lei@example.cn' }, 'customer wrote john.smith@example.com');
    const logged = JSON.parse(lines.join('')) as { text: string; msg: string };
    expect(logged).toMatchObject({ text: '邮箱 l***@example.cn', msg: 'customer wrote j***@example.com' });
    expect(lines.join('')).not.toMatch(/smith|li\.lei/);
  });
});
