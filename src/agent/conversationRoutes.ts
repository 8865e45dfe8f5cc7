// Agent routes on conversations the bot handed over: the queue, what the customer wrote, the agent's messages, release, transcript.
import type { Request } from 'restify';
import type { AnyMachineSnapshot } from 'xstate';
import {
  ChannelUnreachableError,
  continueConversation,
  isReachable,
  loadConversation,
  loggedInAccount,
  storedWhereabouts,
  type Reachable,
} from '../handoff/conversations';
import { whereabouts } from '../handoff/customer';
import { agentMessageActivities, agentSenderName, isAgentMessage } from '../../dialogs';
import { isOtherAgent, type HandoffEntry } from '../handoff/registry';
import type { AgentApiDeps } from './deps';
import { channelUnreachable, HttpProblem, parseBody, parseQuery, type Route } from './http';
import { agentMessageSchema, releaseSchema } from './schemas';
import { queuePage, queueQuerySchema } from './queuePage';
import { sendAgentNote } from './note';
import { maskedPhoneOf, sessionFor } from './serviceSession';
import { conversationKey } from '../bot/conversationRecord';
import { forgetAccountEntry } from '../webhook/accountIndex';

const otherAgent = (entry: HandoffEntry) =>
  new HttpProblem(409, 'other_agent', `another agent (${entry.agent}) has this conversation`);

const notWithAgent = () =>
  new HttpProblem(
    409,
    'not_with_agent',
    'the conversation is with the bot, not with an agent: it was released to the bot already, the customer took the request back, or it was never handed to an agent',
  );

const customerLeft = (leftAt: string) =>
  new HttpProblem(410, 'customer_left', `the customer left the conversation at ${leftAt}; the handoff ended and nothing was sent`);

/** The customer's last messages shown in the queue (before the handoff and since), and the characters shown of each. */
export const QUEUE_LAST_MESSAGES = 3;
export const QUEUE_MESSAGE_LENGTH = 280;

/** What the customer last wrote, masked and short: enough to pick the conversation up without its transcript. */
const lastMessages = (earlier: HandoffEntry['earlier'], since: HandoffEntry['messages']): HandoffEntry['messages'] =>
  [...(earlier ?? []), ...since].slice(-QUEUE_LAST_MESSAGES).map(({ text, at }) => ({ text: text.slice(0, QUEUE_MESSAGE_LENGTH), at }));

export function registerConversationRoutes(route: Route, deps: AgentApiDeps): void {
  const { storage, registry, transcripts, adapter, bot, botAppId, logger, onErased } = deps;

  async function knownConversation(req: Request): Promise<Reachable> {
    const id: string = req.params.conversationId;
    const record = await loadConversation(storage, id);
    if (!isReachable(record)) throw new HttpProblem(404, 'unknown_conversation', `no conversation ${id}`);
    return record;
  }

  /**
   * A conversation an agent may act on: known, and currently with an agent (else 410 when the customer left, which
   * ended the handoff, and 409 when the bot owns it).
   */
  async function withAgent(req: Request): Promise<{ record: Reachable; entry: HandoffEntry }> {
    const record = await knownConversation(req);
    const entry = await registry.get(req.params.conversationId);
    if (!entry || entry.status === 'withdrawn') throw record.customerLeftAt ? customerLeft(record.customerLeftAt) : notWithAgent();
    return { record, entry };
  }

  route('get', '/api/agent/conversations', async (req, res) => {
    const query = parseQuery(req, queueQuerySchema);
    const { entries, next } = queuePage(await registry.list(), query);
    res.json(200, {
      conversations: entries.map(({ conversationId, messages, earlier, ...entry }) => ({
        id: conversationId,
        ...entry,
        waitingMessages: messages.length,
        lastMessages: lastMessages(earlier, messages),
      })),
      ...(next ? { next } : {}),
    });
  });

  route('get', '/api/agent/conversations/:conversationId/messages', async (req, res) => {
    const { entry } = await withAgent(req);
    res.json(200, { conversationId: entry.conversationId, status: entry.status, earlier: entry.earlier ?? [], messages: entry.messages });
  });

  route('post', '/api/agent/conversations/:conversationId/messages', async (req, res) => {
    const { text, agent } = parseBody(req, agentMessageSchema);
    const { record, entry } = await withAgent(req);
    // Taken before the message goes out, in one compare-and-set against the customer taking the request back, and
    // against another agent taking it first.
    const owned = await registry.markOwned(entry.conversationId, agent);
    if (!owned) {
      const now = await registry.get(entry.conversationId);
      if (now && isOtherAgent(now, agent)) throw otherAgent(now);
      // The customer took the request back meanwhile, or left.
      const leftAt = (await loadConversation(storage, entry.conversationId))?.customerLeftAt;
      throw leftAt ? customerLeft(leftAt) : notWithAgent();
    }
    // Whether the customer heard anything of this send: the joined line may go out and the message after it fail.
    let heardAny = false;
    try {
      await continueConversation(adapter, botAppId, record, async (context) => {
        // Sent from the bot's account (botbuilder sets `from` to it), named as customer service so that the customer
        // sees a person writes: only the agent's own message, not the bot's line that a colleague joined.
        const senderName = agentSenderName(record.locale, agent);
        context.onSendActivities(async (_context, activities, send) => {
          for (const activity of activities) if (isAgentMessage(activity) && activity.from) activity.from = { ...activity.from, name: senderName };
          return send();
        });
        // Marked so that transcripts and channels can tell the agent's words from the bot's; the first message after the
        // wait (the entry was waiting until this one) follows the line that a colleague has joined, once per handoff.
        // One at a time, so that what reached the customer is known when a later one fails.
        for (const activity of agentMessageActivities(record.locale, text, entry.status === 'waiting')) {
          await context.sendActivity(activity);
          heardAny = true;
        }
      });
    } catch (err) {
      if (!(err instanceof ChannelUnreachableError)) throw err;
      logger.warn({ err, conversationId: entry.conversationId, heardAny }, 'agent API: message not delivered');
      // Nothing reached the customer: a conversation no agent had written to is waiting again (it may be withdrawn).
      // The joined line alone did: the customer was told a colleague has it, so this agent keeps it, and the message
      // sent again comes without the line a second time.
      if (entry.status === 'waiting' && !heardAny) await registry.markWaiting(entry.conversationId);
      throw channelUnreachable('it was not delivered, try again');
    }
    logger.info({ conversationId: entry.conversationId }, 'agent API: message delivered to the customer');
    res.json(200, { conversationId: entry.conversationId, status: owned.status });
  });

  route('post', '/api/agent/conversations/:conversationId/release', async (req, res) => {
    const { intent, note, accountId, agent } = parseBody(req, releaseSchema);
    const { record, entry } = await withAgent(req);
    if (isOtherAgent(entry, agent)) throw otherAgent(entry);
    // The account the agent verified (a customer whose login was blocked): the bot goes on logged in to it, past the
    // login when the customer was logging in. Not over another account's login: its orders and checklist would stay in
    // the dialogue beside the new session.
    const current = loggedInAccount(record);
    if (accountId && current && current !== accountId) {
      throw new HttpProblem(409, 'other_account', 'the conversation is logged in to another account; release it without accountId');
    }
    const session = accountId && accountId !== current ? await sessionFor(deps, accountId) : undefined;
    // The customer hears as whom they are logged in now (the number masked).
    const loggedInAs = session ? await maskedPhoneOf(deps, session) : undefined;
    // No agent wrote to the customer before the release: they hear no colleague could take it, not "I'm back" from a
    // talk that never happened; or, released with an intent, what customer service asked the bot to do (dialogs/notices.ts).
    // An agent who passes an account they verified did help (say, on the phone), but wrote nothing here: the line does not
    // say customer service finished helping (`unanswered`).
    const notTaken = entry.status === 'waiting' && !accountId;
    const unanswered = entry.status === 'waiting' && !notTaken;
    let turn: { before: AnyMachineSnapshot; after: AnyMachineSnapshot } | undefined;
    let delivered = true;
    try {
      await continueConversation(adapter, botAppId, record, async (context) => {
        if (note) await sendAgentNote(context, note);
        // One event: the session is taken once the dialogue is back at its step, where a login under way ends with it.
        turn = await bot.dispatch(context, {
          type: 'AGENT_RELEASED',
          intent,
          ...(session ? { session } : {}),
          ...(loggedInAs ? { loggedInAs } : {}),
          ...(notTaken ? { notTaken } : {}),
          ...(unanswered ? { unanswered } : {}),
        });
      });
    } catch (err) {
      if (!(err instanceof ChannelUnreachableError)) throw err;
      // The release turn saves before it sends: once the queue entry is closed the bot has the conversation, though the
      // customer did not hear so. Before that nothing changed, and the agent may try again.
      const released = (await registry.get(entry.conversationId)) === undefined;
      logger.warn({ err, conversationId: entry.conversationId, released }, 'agent API: release not delivered');
      if (!released) throw channelUnreachable('nothing changed, try again');
      delivered = false;
    }
    // Not delivered, the release was saved all the same: the step it resumed at is read from the stored record.
    const where = turn ? whereabouts(turn.after) : storedWhereabouts(await loadConversation(storage, entry.conversationId));
    // The observer closes the entry when the dialogue leaves the handoff; an entry left over by a dialogue that
    // was no longer in the handoff is closed here, so the queue never keeps a conversation the bot already has.
    if (turn && !turn.before.hasTag('agent') && !turn.after.hasTag('agent')) {
      await registry.close(entry.conversationId);
      throw notWithAgent();
    }
    logger.info({ conversationId: entry.conversationId, intent }, 'agent API: conversation released to the bot');
    res.json(200, { conversationId: entry.conversationId, ...where, ...(delivered ? {} : { delivered }) });
  });

  // A customer's request to have the conversation deleted (their personal data): everything the bot keeps about it
  // goes, whoever owns it now. A message the customer sends afterwards starts a new conversation.
  route('del', '/api/agent/conversations/:conversationId', async (req, res) => {
    const id: string = req.params.conversationId;
    const record = await loadConversation(storage, id);
    const entry = await registry.get(id);
    if (!record && !entry) throw new HttpProblem(404, 'unknown_conversation', `no conversation ${id}`);
    // The account index first, read from the record's login: backend events must not find their way to it again.
    const accountId = record ? loggedInAccount(record) : undefined;
    if (accountId) await forgetAccountEntry(storage, accountId, id);
    const channelId = record?.reference?.channelId;
    if (typeof channelId === 'string') await transcripts.deleteTranscript(channelId, id);
    await registry.close(id);
    await storage.delete([conversationKey(id)]);
    onErased?.(id);
    logger.info({ conversationId: id }, 'agent API: conversation erased');
    res.send(204);
  });

  route('get', '/api/agent/conversations/:conversationId/transcript', async (req, res) => {
    const record = await knownConversation(req);
    const id: string = req.params.conversationId;
    const channelId = String(record.reference.channelId ?? '');
    const activities = await transcripts.all(channelId, id);
    // The Bot Framework Emulator opens a `.transcript` file: a JSON array of activities.
    const filename = `${id.replace(/[^\w.-]/g, '_')}.transcript`;
    res.sendRaw(200, JSON.stringify(activities, null, 2), {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    });
  });
}
