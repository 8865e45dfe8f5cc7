// Loads the demo personas fixture and validates it with zod, so a broken fixture stops the mock at start, not mid-demo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { creditLevelSchema, orderSchema, phoneSchema } from '../backend/schemas';

export const DEFAULT_PERSONAS_PATH = path.join(__dirname, 'personas.json');

/** Due dates are relative to today, so an "overdue" order stays overdue whatever day the demo runs. */
const fixtureOrderSchema = orderSchema
  .omit({ dueDate: true })
  .extend({ dueInDays: z.number().int().optional() })
  .strict()
  .refine((o) => o.status !== 'overdue' || (o.dueInDays ?? 0) < 0, 'an overdue order needs a negative dueInDays');

const personaSchema = z
  .object({
    accountId: z.string().min(1),
    phone: phoneSchema,
    description: z.string().min(1),
    plus: z.boolean(),
    realNameVerified: z.boolean(),
    credit: creditLevelSchema,
    payLater: z.object({ enabled: z.boolean(), limit: z.number().positive().optional() }).strict(),
    orders: z.array(fixtureOrderSchema),
  })
  .strict()
  .refine(
    (p) => !p.payLater.enabled || (p.plus && p.realNameVerified && p.credit !== 'poor' && p.payLater.limit !== undefined),
    'pay-later can only be enabled (with a limit) for a PLUS, verified account with acceptable credit',
  );

const uniqueBy = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;

export const personasSchema = z
  .array(personaSchema)
  .min(1)
  .refine((ps) => uniqueBy(ps, (p) => p.phone), 'phones must be unique')
  .refine((ps) => uniqueBy(ps, (p) => p.accountId), 'account ids must be unique')
  .refine((ps) => uniqueBy(ps.flatMap((p) => p.orders), (o) => o.orderId), 'order ids must be unique');

export type Persona = z.infer<typeof personaSchema>;
export type FixtureOrder = z.infer<typeof fixtureOrderSchema>;

export class FixtureError extends Error {}

/** Reads and validates a personas file; throws a FixtureError naming every problem and where it is. */
export function loadPersonas(file: string = DEFAULT_PERSONAS_PATH): Persona[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixtureError(`Cannot read personas fixture ${file}: ${(error as Error).message}`);
  }
  const parsed = personasSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new FixtureError(`Invalid personas fixture ${file}:\n${problems.join('\n')}`);
}
