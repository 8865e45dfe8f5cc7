// The terminal chat's rules without a bot: its arguments, and how it shows activities.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { parseArgs, localeFromLang, DEFAULT_BOT_URL } from '../../src/chat/args';
import { printActivity } from '../../src/chat/printer';

describe('chat arguments', () => {
  test('defaults: the local bot, a new conversation, the locale from LANG', () => {
    expect(parseArgs([], { LANG: 'en_US.UTF-8' })).toEqual({ kind: 'run', options: { botUrl: DEFAULT_BOT_URL, locale: 'en-US' } });
  });

  test('--url, --conversation and --locale, with a space or =', () => {
    expect(parseArgs(['--url=http://bot:1/api/messages', '--conversation', 'c-1', '--locale', 'zh-CN'], {})).toEqual({
      kind: 'run',
      options: { botUrl: 'http://bot:1/api/messages', conversationId: 'c-1', locale: 'zh-CN' },
    });
  });

  test.each([
    [['--nope'], /unknown argument/],
    [['--url'], /needs a value/],
    [['--url', 'not a url'], /not a URL/],
  ])('%j is refused', (argv, message) => {
    const parsed = parseArgs(argv, {});
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });

  test.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['en_GB', 'en-GB'],
    ['C.UTF-8', undefined],
    ['POSIX', undefined],
    [undefined, undefined],
  ])('LANG=%s is locale %s', (lang, locale) => {
    expect(localeFromLang(lang)).toBe(locale);
  });
});

describe('how the terminal shows an activity', () => {
  test('an Adaptive Card without text shows its TextBlocks and facts; its buttons are numbered on', () => {
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      version: '1.3',
      body: [
        { type: 'TextBlock', text: '进度' },
        { type: 'FactSet', facts: [{ title: 'PLUS会员', value: '✅' }] },
      ],
      actions: [{ type: 'Action.Submit', title: '继续', data: { event: { type: 'AFFIRM' } } }],
    });
    const printed = printActivity(MessageFactory.attachment(card) as Activity, 3);
    expect(printed.lines).toEqual(['bot › 进度', '      PLUS会员: ✅', '      [3] 继续']);
    expect(printed.choices).toHaveLength(1);
  });

  test('a link button shows where it goes', () => {
    const activity = MessageFactory.suggestedActions([{ type: 'openUrl', title: '去实名认证', value: 'http://shop/real-name' }], '请认证');
    expect(printActivity(activity as Activity, 1).lines).toEqual(['bot › 请认证', '      [1] 去实名认证 ↗ http://shop/real-name']);
  });

  test('typing is "…", and traces are for the Emulator only', () => {
    expect(printActivity({ type: 'typing' } as Activity, 1).lines).toEqual(['bot › …']);
    expect(printActivity({ type: 'trace' } as Activity, 1).lines).toEqual([]);
  });
});
