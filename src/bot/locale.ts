// Picks the reply language: the customer's words first, then the channel's locale, then what they used before.
import type { Locale } from '../../dialogs/locale';

export type { Locale };

export function localeFromTag(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en-US';
  return undefined;
}

/**
 * The language the words show, else the channel's locale when it changed since the last turn (the customer switched
 * the page's language), else the conversation's language, else the channel's locale. A channel's fixed locale (the
 * Emulator always sends en-US) must not turn a Chinese customer's "13800000001" into English.
 */
export function chooseLocale(
  fromWords: Locale | undefined,
  activityLocale: string | undefined,
  previous: Locale | undefined,
  previousActivityLocale?: string,
): Locale {
  const switched = previous !== undefined && previousActivityLocale !== undefined && activityLocale !== previousActivityLocale;
  const chosen = switched ? localeFromTag(activityLocale) : undefined;
  return fromWords ?? chosen ?? previous ?? localeFromTag(activityLocale) ?? 'zh-CN';
}
