// The terminal chat's command line: --url, --conversation, --locale (else from LANG), --help.
export const DEFAULT_BOT_URL = 'http://localhost:3978/api/messages';

export interface ChatOptions {
  botUrl: string;
  conversationId?: string;
  locale?: string;
}

export type ParsedArgs = { kind: 'run'; options: ChatOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const USAGE = `Usage: npm run chat -- [--url URL] [--conversation ID] [--locale TAG]

Chats with the running bot (start it with \`npm start\`) as a Bot Framework channel would.
  --url URL          the bot's messaging endpoint (default ${DEFAULT_BOT_URL})
  --conversation ID  continue a conversation the bot already knows (default: a new one)
  --locale TAG       the locale the channel reports, e.g. zh-CN or en-US (default: from LANG)

Type a message, or the number of a button to tap it. Ctrl-D or /quit leaves.`;

/** LANG=zh_CN.UTF-8 → zh-CN; C, C.UTF-8 and POSIX name no language (they do not start with a lower-case code). */
export function localeFromLang(lang: string | undefined): string | undefined {
  const match = /^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?/.exec(lang ?? '');
  if (!match) return undefined;
  return match[2] ? `${match[1]}-${match[2].toUpperCase()}` : match[1];
}

const FLAGS = { '--url': 'botUrl', '--conversation': 'conversationId', '--locale': 'locale' } as const;

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedArgs {
  const options: ChatOptions = { botUrl: DEFAULT_BOT_URL, locale: localeFromLang(env.LC_ALL || env.LANG) };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    const key = FLAGS[flag as keyof typeof FLAGS];
    if (!key) return { kind: 'error', message: `unknown argument ${argv[i]}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { kind: 'error', message: `${flag} needs a value` };
    options[key] = value;
  }
  try {
    new URL(options.botUrl);
  } catch {
    return { kind: 'error', message: `--url ${options.botUrl} is not a URL` };
  }
  return { kind: 'run', options };
}
