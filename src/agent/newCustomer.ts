// POST /api/agent/handoffs: an agent hands the bot a customer it has never met, with the intent, language and (optionally) a verified account.
import type { AnyMachineSnapshot } from 'xstate';
import { handInIntro } from '../../dialogs';
import { intentEventType } from '../../machines/events';
import { conversationKey, type ConversationRecord } from '../bot/conversationRecord';
import { localeFromTag } from '../bot/locale';
import { ChannelUnreachableError, continueConversation, type Reachable } from '../handoff/conversations';
import { whereabouts } from '../handoff/customer';
import { quietly } from '../handoff/quietTurn';
import { ETAG_IF_ABSENT, isEtagConflictError } from '../storage';
import { accountEntry, restoreAccountEntry } from '../webhook/accountIndex';
import type { AgentApiDeps } from './deps';
import { channelUnreachable, HttpProblem, parseBody, type Route } from './http';
import { sendAgentNote } from './note';
import { maskedPhoneOf, sessionFor } from './serviceSession';
import { handoffRequestSchema, type HandoffRequest } from './schemas';

/** Stores the new conversation; a conversation the bot already has is refused (release it instead). */
async function createRecord(deps: AgentApiDeps, request: HandoffRequest): Promise<Reachable> {
  const reference = request.conversation;
  const record: Reachable = {
    dialogue: undefined,
    // The agent knows the customer's language best; the channel's locale is next.
    locale: localeFromTag(request.locale) ?? localeFromTag(reference.locale) ?? 'zh-CN',
    reference,
    // Said when the customer asks who writes to them and why (src/bot/dialogueTurn.ts).
    handedIn: request.intent,
    turns: 0,
    updatedAt: new Date().toISOString(),
  } satisfies ConversationRecord;
  try {
    await deps.storage.write({ [conversationKey(reference.conversation.id)]: { ...record, eTag: ETAG_IF_ABSENT } });
  } catch (err) {
    if (!isEtagConflictError(err)) throw err;
    throw new HttpProblem(
      409,
      'conversation_known',
      'the bot already has this conversation: while it is with an agent, release it instead (with intent and accountId)',
    );
  }
  return record;
}

/**
 * The hosts Bot Framework channels post from: Azure Bot Service and its US government cloud (any host under them, as
 * Microsoft runs them), Teams, and Teams' regional endpoint `smba.trafficmanager.net` (/amer/, /emea/, …) by its full
 * name only: anyone can register another name under trafficmanager.net and have the bot's token sent there.
 */
const CHANNEL_DOMAINS = ['botframework.com', 'botframework.azure.us', 'teams.microsoft.com'];
const CHANNEL_HOSTS = ['smba.trafficmanager.net'];

/** Whether a serviceUrl is a Bot Framework channel's: https, on one of their hosts. */
export function isChannelServiceUrl(serviceUrl: string): boolean {
  // URL lower-cases the host and reads it after any user name ("https://smba.trafficmanager.net@attacker.example").
  const { protocol, hostname } = new URL(serviceUrl);
  return protocol === 'https:' && (CHANNEL_HOSTS.includes(hostname) || CHANNEL_DOMAINS.some((domain) => hostname.endsWith(`.${domain}`)));
}

/**
 * With an App ID the bot sends its Bot Framework token to the reference's serviceUrl: one an agent passes must be a
 * channel's, not any address (the token would go to it). Without one (local development) nothing is sent but words.
 */
function checkServiceUrl(deps: AgentApiDeps, serviceUrl: string): void {
  if (!deps.botAppId || isChannelServiceUrl(serviceUrl)) return;
  const hosts = [...CHANNEL_DOMAINS.map((domain) => `*.${domain}`), ...CHANNEL_HOSTS].join(', ');
  throw new HttpProblem(400, 'untrusted_service_url', `serviceUrl ${new URL(serviceUrl).origin} is not a Bot Framework channel's (https on ${hosts})`);
}

export function registerNewCustomerRoute(route: Route, deps: AgentApiDeps): void {
  route('post', '/api/agent/handoffs', async (req, res) => {
    const request = parseBody(req, handoffRequestSchema);
    checkServiceUrl(deps, request.conversation.serviceUrl);
    const conversationId = request.conversation.conversation.id;
    // Checked before anything is stored, so a wrong account id leaves no half-made conversation behind.
    const session = request.accountId ? await sessionFor(deps, request.accountId) : undefined;
    // The customer hears as whom they are logged in (the number masked), as on a release with an account.
    const loggedInAs = session ? await maskedPhoneOf(deps, session) : undefined;
    // The session's turn indexes the account to this conversation: what the index held is kept to be put back on failure.
    const indexed = request.accountId ? await accountEntry(deps.storage, request.accountId) : undefined;
    const record = await createRecord(deps, request);
    let after: AnyMachineSnapshot | undefined;
    try {
      await continueConversation(deps.adapter, deps.botAppId, record, async (context) => {
        if (request.note) await sendAgentNote(context, request.note);
        if (session) await quietly(context, () => deps.bot.dispatch(context, { type: 'SESSION_PROVIDED', session }));
        // The customer never wrote to the bot: it first says why it writes ("客服让我接着帮你处理订单。"), then answers.
        // Enable without an account says so itself, with why the login comes first (notice.agentAskedToEnable).
        const intro = session || request.intent !== 'enable' ? handInIntro(record.locale, request.intent, loggedInAs) : undefined;
        if (intro) await context.sendActivity(intro);
        // Handed on by the agent, not said by the customer: the bot says why it asks for what it asks (a login, say).
        after = (await deps.bot.dispatch(context, { type: intentEventType(request.intent), fromAgent: true }))?.after;
      });
    } catch (err) {
      if (!(err instanceof ChannelUnreachableError)) throw err;
      // Nothing is kept, so the agent can try again (the conversation was refused as known). The account's entry goes
      // first: should a later step fail, the index still points at a conversation that exists.
      if (request.accountId) await restoreAccountEntry(deps.storage, request.accountId, conversationId, indexed);
      await deps.storage.delete([conversationKey(conversationId)]);
      // The agent's note was logged before the reply failed; a retry must not find it twice.
      await deps.transcripts.deleteTranscript(request.conversation.channelId, conversationId);
      await deps.registry.close(conversationId);
      deps.logger.warn({ err, conversationId }, 'agent API: handoff to the bot not delivered');
      throw channelUnreachable('nothing was kept, try again');
    }
    deps.logger.info(
      { conversationId, intent: request.intent, accountId: request.accountId, locale: record.locale },
      'agent API: customer handed to the bot',
    );
    res.json(201, { conversationId, locale: record.locale, ...(after ? whereabouts(after) : {}) });
  });
}
