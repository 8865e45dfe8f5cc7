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

export function chooseLocale(
  fromWords: Locale | undefined,
  activityLocale: string | undefined,
  previous: Locale | undefined,
): Locale {
  return fromWords ?? previous ?? localeFromTag(activityLocale) ?? 'zh-CN';
}
