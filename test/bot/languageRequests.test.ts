// A QA probe's findings on the reply language: a language asked for beside a request, a short Chinese word in an English
// conversation.
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { runDialogueTurn, type DialogueTurnDeps } from '../../src/bot/dialogueTurn';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { understandRequests } from '../../src/bot/twoRequests';
import { isBriefCjk } from '../../src/nlu';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';

describe('a language asked for', () => {
  it.each(['sorry, english pls', 'english pls', 'English plz', 'in english please', 'reply in English', 'can you speak english', '请用中文'])(
    '%j alone switches the language',
    (text) => {
      const read = understandRequests(nlu, text, undefined, PHONE, {});
      expect(read).toMatchObject({ event: { type: 'TOPIC_ASKED', topic: 'languageSwitched' }, languageAsked: true });
      expect(read.language).toBe(text === '请用中文' ? 'zh-CN' : 'en-US');
    },
  );

  it.each([
    ['我想开通 先用后付, reply in English please', 'en-US'],
    ['我想开通先用后付 in english pls', 'en-US'],
    ['sorry, english pls. 我想开通先用后付', 'en-US'],
    ['how do I turn on pay later? 请用中文', 'zh-CN'],
  ] as const)('%j: the request is read, in the language asked for (%s)', (text, locale) => {
    const read = understandRequests(nlu, text, undefined, WELCOME, {});
    expect(read).toMatchObject({ event: { type: 'ENABLE' }, language: locale, languageAsked: true });
  });

  it('a sentence that only names a language asks for none', () => {
    expect(understandRequests(nlu, '说明书是英文的，能退吗', undefined, WELCOME, {}).languageAsked).toBeUndefined();
    expect(understandRequests(nlu, 'The manual is in English, can I return it?', undefined, WELCOME, {}).languageAsked).toBeUndefined();
  });
});

// Backend calls never answer: these turns make none.
const deps: DialogueTurnDeps = { machine: modelMachine, nlu, shopUrl: 'http://shop', maxWaitMs: 1000 };
const say = (record: ConversationRecord | undefined, text: string, activityLocale?: string) =>
  runDialogueTurn(deps, { record, text, conversationId: 'c-lang', ...(activityLocale ? { activityLocale } : {}) });

describe('the reply language over turns', () => {
  it('asked beside a request on an English page, English holds for the turns after it', async () => {
    const first = await say(undefined, '我想开通 先用后付, reply in English please', 'en-US');
    expect(first.after.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
    expect(first.replies.map((r) => r.locale)).toEqual(first.replies.map(() => 'en-US'));
    // Words in no language (a number cut short: no backend call) keep it; it was Chinese for three turns.
    const next = await say(first.record, '1380000', 'en-US');
    expect(next.record.locale).toBe('en-US');
    expect(next.replies.every((r) => r.locale === 'en-US')).toBe(true);
  });

  it('a short Chinese word beside English in an English conversation keeps it English; Chinese alone switches', async () => {
    const english = await say(undefined, 'how do I enable pay later', 'zh-CN');
    expect(english.record.locale).toBe('en-US');
    const thanks = await say(english.record, '好的 thanks', 'zh-CN');
    expect(thanks.record.locale).toBe('en-US');
    expect(thanks.replies.every((r) => r.locale === 'en-US')).toBe(true);
    const chinese = await say(english.record, '好的谢谢', 'zh-CN');
    expect(chinese.record.locale).toBe('zh-CN');
    const longer = await say(english.record, '我想先了解一下 thanks', 'zh-CN');
    expect(longer.record.locale).toBe('zh-CN');
  });

  it('the short Chinese word is counted as the rule says', () => {
    expect(isBriefCjk('好的 thanks')).toBe(true);
    expect(isBriefCjk('嗯 ok so what now')).toBe(true);
    expect(isBriefCjk('谢谢')).toBe(false);
    expect(isBriefCjk('ok 好的')).toBe(false);
    expect(isBriefCjk('我想先了解一下 thanks')).toBe(false);
  });
});
