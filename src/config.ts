// The process configuration: environment variables parsed once with zod, with a clear message per wrong variable.
import { z } from 'zod';

/** Ports an operator can set: 0 ("any free port") is only for tests, which pass it to startBot themselves. */
const port = z
  .string()
  .regex(/^\d+$/, 'must be a port number (1-65535)')
  .transform(Number)
  .refine((n) => n >= 1 && n <= 65535, 'must be a port number (1-65535)');
const optionalText = z.string().optional();

/**
 * An http(s) URL, or unset. Other schemes parse as URLs too ("localhost:6300" is scheme "localhost:", and
 * SHOP_URL=javascript:… would be shown to customers as a link), so the scheme is checked, not only the syntax.
 */
const optionalUrl = optionalText.refine((v) => v === undefined || hasScheme(v, ['http:', 'https:']), 'must be an http:// or https:// URL');

function hasScheme(value: string, schemes: string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** One of a few words, with the words named in the error (zod's own message for `.or()` is only "Invalid input"). */
const oneOf = <U extends string, T extends Readonly<[U, ...U[]]>>(values: T) =>
  z.enum(values, { errorMap: () => ({ message: `must be one of ${values.join(', ')}` }) });

/**
 * One rule for empty values: `VAR=` (as a copied .env.example leaves them) means unset, i.e. the default. Before,
 * an empty port became 0 (any port), an empty URL counted as unset and an empty STORAGE was an error.
 */
function withoutEmptyValues(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v === undefined || v.trim() !== ''));
}

export const configSchema = z
  .object({
    PORT: port.default('3978'),
    MOCK_BACKEND_PORT: port.default('3979'),
    /** Unset: the mock on MOCK_BACKEND_PORT (as are SHOP_URL, and BOT_WEBHOOK_URL on PORT), so that moving a port moves its user. */
    ACCOUNT_API_URL: optionalUrl,
    /** Time the bot waits for one backend call before apologising and offering a retry. */
    BACKEND_TIMEOUT_MS: z
      .string()
      .regex(/^\d+$/, 'must be a whole number of milliseconds (1 or more)')
      .transform(Number)
      .refine((n) => n >= 1, 'must be a whole number of milliseconds (1 or more)')
      .default('3000'),
    MOCK_OTP_CODE: z.string().regex(/^\d{6}$/, 'must be six digits').default('123456'),
    STORAGE: oneOf(['embedded', 'postgres', 'memory']).default('embedded'),
    /** The embedded database's folder; the mock backend keeps its state file (mock-backend.json) there too. */
    DATA_DIR: z.string().default('./data'),
    /** A URL: pg reads anything else as a database name on a default host ("getaddrinfo ENOTFOUND base"). */
    DATABASE_URL: optionalText.refine((v) => v === undefined || hasScheme(v, ['postgres:', 'postgresql:']), 'must be a postgres:// or postgresql:// URL'),
    AGENT_API_TOKEN: optionalText,
    /** Bearer token GET /metrics asks for; unset, the route is open (keep it on an internal network then). */
    METRICS_TOKEN: optionalText,
    BACKEND_WEBHOOK_SECRET: optionalText,
    /**
     * Lets the bot open a backend session for an account an agent has already verified (POST /v1/service-sessions).
     * The default is the mock's own, for local runs only; a real backend issues its own token.
     */
    ACCOUNT_API_SERVICE_TOKEN: optionalText.transform((v) => v ?? 'mock-service-token'),
    /** Signs the web chat page's Direct Line tokens; a random one per process when unset (one instance). */
    DIRECTLINE_TOKEN_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters'),
    /** Where the mock backend's stand-in pages send their signed events (the bot's webhook). */
    BOT_WEBHOOK_URL: optionalUrl,
    /** The shop's public pages the bot links to (the mock serves stand-ins for them). */
    SHOP_URL: optionalUrl,
    LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    MicrosoftAppTenantId: optionalText,
  })
  .superRefine(checkRelations)
  .transform((config) => ({
    ...config,
    ACCOUNT_API_URL: config.ACCOUNT_API_URL ?? `http://localhost:${config.MOCK_BACKEND_PORT}`,
    SHOP_URL: config.SHOP_URL ?? `http://localhost:${config.MOCK_BACKEND_PORT}`,
    BOT_WEBHOOK_URL: config.BOT_WEBHOOK_URL ?? `http://localhost:${config.PORT}/api/backend-events`,
  }));

/** The variables the rules between variables read, loosely typed so the rules can run on any environment. */
const relationsSchema = z
  .object({
    STORAGE: z.string().optional(),
    DATABASE_URL: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.string().optional(),
    MicrosoftAppTenantId: optionalText,
  })
  .superRefine(checkRelations);

interface Related {
  STORAGE?: string;
  DATABASE_URL?: string;
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
}

function checkRelations(c: Related, ctx: z.RefinementCtx): void {
  if (c.STORAGE === 'postgres' && !c.DATABASE_URL) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['DATABASE_URL'], message: 'is required when STORAGE=postgres' });
  }
  const required = (variable: keyof Related, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [variable], message });
  if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
    required('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  }
  // What botbuilder asserts when the adapter is built, named here instead of an AssertionError's stack at start.
  const inTenant = c.MicrosoftAppType === 'SingleTenant' || c.MicrosoftAppType === 'UserAssignedMSI';
  if (inTenant && !c.MicrosoftAppId) {
    required('MicrosoftAppId', `is required when MicrosoftAppType=${c.MicrosoftAppType}`);
  } else if (c.MicrosoftAppPassword && !c.MicrosoftAppId) {
    // Without an App ID the bot authenticates nobody: it would take anonymous traffic while the operator believes
    // credentials are configured.
    required('MicrosoftAppId', 'is required when MicrosoftAppPassword is set (without it no request is authenticated)');
  }
  if (inTenant && !c.MicrosoftAppTenantId) {
    required('MicrosoftAppTenantId', `is required when MicrosoftAppType=${c.MicrosoftAppType}`);
  }
  if (c.MicrosoftAppType === 'UserAssignedMSI' && c.MicrosoftAppPassword) {
    required('MicrosoftAppPassword', 'must be unset when MicrosoftAppType=UserAssignedMSI (the managed identity has no password)');
  }
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError listing every wrong variable. */
export function loadConfig(given: NodeJS.ProcessEnv = process.env): Config {
  const env = withoutEmptyValues(given);
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  // zod skips the rules between variables once one variable is wrong; checked apart, every mistake is named at once.
  const related = relationsSchema.safeParse(env);
  const issues = [...parsed.error.issues, ...(related.success ? [] : related.error.issues)];
  const lines = new Set(issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`));
  throw new ConfigError(`Invalid configuration:\n${[...lines].join('\n')}`);
}
