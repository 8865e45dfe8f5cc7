// The release line with a request handed on reads as one sentence pair: the bot back, then what customer service asked
// for, without the two saying the same thing ("I'm taking it from here 👋 Customer service asked me to help you from here").
import type { Intent } from '../../machines/domain';
import { handedInId } from '../../dialogs/handIn';
import { catalogs } from '../../dialogs/messages';
import { render, richContext, textOf } from './fixtures';

const INTENTS: Intent[] = ['what_is', 'requirements', 'enable', 'status', 'plus', 'real_name', 'credit', 'checkout', 'pay', 'return', 'orders', 'help'];

/** English word pairs said twice in one line ("from here" … "from here"). */
function repeatedPairs(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return pairs.filter((p, i) => pairs.indexOf(p) !== i);
}

const releaseLine = (locale: 'zh-CN' | 'en-US', intent: Intent, loggedInAs?: string): string =>
  textOf(render('flow.welcome', locale, richContext(), [{ id: 'agentReleased', intent, ...(loggedInAs ? { loggedInAs } : {}) }])).split('\n')[0];

describe('the release line with a request handed on', () => {
  it.each(INTENTS)('(en-US, %s) says the request once and repeats no words of it', (intent) => {
    const why = catalogs['en-US'][handedInId(intent)!];
    for (const line of [releaseLine('en-US', intent), releaseLine('en-US', intent, '138****0005')]) {
      expect(line.split(why)).toHaveLength(2);
      expect(repeatedPairs(line)).toEqual([]);
      expect(line).not.toMatch(/taking it from here/i);
    }
  });

  it.each(INTENTS)('(zh-CN, %s) says the request once, after a greeting that does not say 接 again', (intent) => {
    const why = catalogs['zh-CN'][handedInId(intent)!];
    const line = releaseLine('zh-CN', intent);
    expect(line.split(why)).toHaveLength(2);
    expect(line.split(why)[0]).not.toMatch(/接/);
  });
});
