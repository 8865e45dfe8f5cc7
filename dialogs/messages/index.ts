// Looks up a message by id in the customer's locale and fills its {placeholders}.
import { zhCN, type Catalog, type MessageId } from './zh-CN';
import { enUS } from './en-US';
import { LOCALES, type Locale } from '../locale';

export type { Catalog, MessageId };
export { LOCALES, type Locale };

export const catalogs: Record<Locale, Catalog> = { 'zh-CN': zhCN, 'en-US': enUS };

export type Vars = Record<string, string | number>;
export type Translate = (id: MessageId, vars?: Vars) => string;

/** A placeholder without a value stays visible, so a missing variable shows up in tests rather than vanishing. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (id, vars = {}) =>
    catalog[id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
