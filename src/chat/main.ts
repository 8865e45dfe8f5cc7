// `npm run chat`: a terminal chat with the running bot over its real HTTP endpoint, the terminal acting as a Bot Framework channel.
import { clearLine, createInterface, cursorTo } from 'node:readline';
import { BotUnreachableError, startLocalChannel } from '../channel/localChannel';
import { parseArgs, USAGE } from './args';
import { YOU } from './printer';
import { ChatSession } from './session';

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { botUrl, conversationId, locale } = parsed.options;
  // With a pipe on stdin (scripted runs, transcripts) nothing is echoed by a terminal, so the session echoes input itself.
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
    prompt: YOU,
  });
  let prompting = false;
  const print = (line: string) => {
    if (!prompting) return console.log(line);
    // A proactive message while the customer types: print it above the prompt, then redraw what they typed so far.
    clearLine(process.stdout, 0);
    cursorTo(process.stdout, 0);
    console.log(line);
    rl.prompt(true);
  };

  const channel = await startLocalChannel({ botUrl, channelId: 'terminal' });
  const name = process.env.USER || process.env.LOGNAME || 'customer';
  const conversation = channel.open({ id: conversationId, locale, user: { id: `terminal-${name}`, name, role: 'user' } });
  const session = new ChatSession(conversation, print);
  rl.on('SIGINT', () => rl.close());
  // One line at a time (not `for await`), so that the prompt is drawn before each and the answer printed after it.
  const input = rl[Symbol.asyncIterator]();
  try {
    console.error(`Chatting with ${botUrl} in conversation ${conversation.id}${locale ? ` (${locale})` : ''}.`);
    console.error('Type a message, or the number of a button to tap it; Ctrl-D or /quit leaves.\n');
    await session.start();
    for (;;) {
      if (interactive) rl.prompt();
      prompting = interactive;
      const next = await input.next(); // done at Ctrl-D, Ctrl-C or the end of a pipe
      prompting = false;
      if (next.done || !(await session.handle(next.value, !interactive))) break;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof BotUnreachableError)) throw error;
    console.error(`${error.message}. Is it running? Start it with \`npm start\`.`);
    return 1;
  } finally {
    rl.close();
    await channel.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
