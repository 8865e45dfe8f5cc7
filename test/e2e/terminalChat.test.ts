// `npm run chat` end to end: the terminal chat, fed through a pipe, against the real bot.
import { OTP, useE2e } from './harness';
import { runTsx, type TsxRun } from '../support/tsxProcess';

const h = useE2e();

/** Runs the chat CLI with `input` piped to it, as `printf … | npm run -s chat` does. */
function runChat(args: string[], input: string): Promise<TsxRun> {
  return runTsx('src/chat/main.ts', { args, input, env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
}

describe('npm run chat', () => {
  test('a piped conversation waits for each answer, taps numbered buttons and ends at the end of input', async () => {
    const { code, stdout } = await runChat(['--url', h().botUrl], `1\n13800000004\n${OTP}\n1\n`);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    // Greeted first (the channel joined the conversation), with the buttons numbered.
    expect(lines[0]).toMatch(/^bot › 你好/);
    expect(stdout).toContain('[1] 开通先用后付');
    // Each input line comes after the bot's answer to the previous one, so the output reads as a transcript.
    const order = ['you › 1', '→ 开通先用后付', 'you › 13800000004', '138****0004', `you › ${OTP}`, '[1] 同意并开通', '→ 同意并开通', '🎉'];
    const positions = order.map((s) => stdout.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(stdout).toContain('bot › …');
    expect((await h().account('13800000004')).payLater.enabled).toBe(true);
  });

  test('/quit leaves before the rest of the input', async () => {
    const { code, stdout } = await runChat(['--url', h().botUrl], '/quit\n开通\n');
    expect(code).toBe(0);
    expect(stdout).not.toContain('手机号');
  });

  test('no bot at the address: a clear message and exit code 1', async () => {
    const { code, stderr } = await runChat(['--url', 'http://127.0.0.1:9/api/messages'], '你好\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/not reachable at http:\/\/127\.0\.0\.1:9.*npm start/s);
  });
});
