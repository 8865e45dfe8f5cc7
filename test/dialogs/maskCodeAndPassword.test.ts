// A message naming both a login code and a password: both secrets are masked, the code's name does not shelter the password.
import type { Activity } from 'botbuilder';
import { maskSensitive, typesPassword } from '../../src/bot/mask';
import { createLogger } from '../../src/log';
import { toStoredActivity } from '../../src/transcripts/storedActivity';

describe('a code and a password in one message', () => {
  it.each([
    ['短信码123456 密码abc123', '短信码****** 密码******'],
    ['验证码123456，支付密码是 Abc!2345', '验证码******，支付密码是 ******'],
    // Digits called a password away from its name: masked though a code is named beside them.
    ['短信码123456 mima 1234567', '短信码****** mima ******'],
    ['短信码123456 12345678这个是我的支付密码', '短信码****** ******这个是我的支付密码'],
    ['验证码是654321，我的密码 88888888', '验证码是******，我的密码 ******'],
    ['my code is 123456 and 87654321 is the pwd', 'my code is ****** and ****** is the pwd'],
  ])('maskSensitive(%j) is %j', (input, masked) => {
    expect(maskSensitive(input)).toBe(masked);
  });

  it('the stored transcript and the log keep neither', () => {
    const text = '短信码123456 12345678这个是我的支付密码';
    expect(toStoredActivity({ type: 'message', id: 'a-1', text } as Partial<Activity>).text).toBe('短信码****** ******这个是我的支付密码');
    const lines: string[] = [];
    createLogger('info', { write: (line: string) => void lines.push(line) }).info({ text }, 'customer wrote');
    expect(lines.join('')).not.toMatch(/123456|12345678/);
  });

  it('a code only talked about beside the word password stays the code for the understanding', () => {
    // The understanding still reads "验证码123456 不是密码吧" as the code; only the records mask more.
    expect(typesPassword('验证码123456 不是密码吧')).toBe(false);
    expect(maskSensitive('验证码123456 不是密码吧')).toBe('验证码****** 不是密码吧');
  });
});
