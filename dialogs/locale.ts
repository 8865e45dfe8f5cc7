// The languages the bot speaks, listed once: each has a message catalog, and a stored conversation names one of them.
import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;
