// A tiny echo bot on CloudAdapter + restify (no credentials), with the local Direct Line channel mounted beside it.
import type { AddressInfo } from 'node:net';
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import * as restify from 'restify';
import { registerDirectLine, type DirectLineChannel, type DirectLineOptions, type Logger } from '../../src/directline';

export const GREETING_ZH = '您好！我是先用后付助手。';
export const GREETING_EN = 'Hello! I am the pay-later assistant.';
export const SUGGESTIONS = ['什么是先用后付', '如何开通'];

export interface EchoBotHarness {
  baseUrl: string;
  server: restify.Server;
  channel: DirectLineChannel;
  /** Every activity the bot received, in order. */
  received: Partial<Activity>[];
  /** The bot's stored ConversationReferences, as a real bot keeps them for proactive messages. */
  references: Map<string, Partial<ConversationReference>>;
  sendProactive(conversationId: string, text: string): Promise<void>;
  close(): Promise<void>;
}

const quietLogger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

class EchoBot extends ActivityHandler {
  constructor(received: Partial<Activity>[], references: Map<string, Partial<ConversationReference>>) {
    super();
    this.onTurn(async (context, next) => {
      received.push(context.activity);
      references.set(context.activity.conversation.id, TurnContext.getConversationReference(context.activity));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient.id) continue;
        const greeting = context.activity.locale?.startsWith('en') ? GREETING_EN : GREETING_ZH;
        await context.sendActivity(MessageFactory.suggestedActions(SUGGESTIONS, greeting));
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text === 'typing') {
        // Long enough for a browser polling every 500 ms to see the indicator.
        await context.sendActivity({ type: 'typing' });
        await new Promise((resolve) => setTimeout(resolve, 2500));
        await context.sendActivity('done typing');
      } else if (text === 'card') {
        await context.sendActivity({
          attachments: [CardFactory.heroCard('先用后付', '先收货，后付款', [], ['开通先用后付'])],
        });
      } else {
        const reply = `echo[${context.activity.locale ?? '-'}]: ${text}`;
        await context.sendActivity(MessageFactory.suggestedActions(SUGGESTIONS, reply));
      }
      await next();
    });
  }
}

/**
 * Starts the bot on an ephemeral port. `globalBodyParser` mirrors a server that parses every body up front
 * (as the Bot Framework samples do); without it only /api/messages parses, and the channel reads its own bodies.
 */
export async function startEchoBot(
  opts: { globalBodyParser?: boolean; directLine?: Partial<DirectLineOptions>; beforeListen?: (server: restify.Server) => void } = {},
): Promise<EchoBotHarness> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    console.error('echo bot turn failed', error);
    await context.sendActivity('echo bot error');
  };
  const received: Partial<Activity>[] = [];
  const references = new Map<string, Partial<ConversationReference>>();
  const bot = new EchoBot(received, references);

  const server = restify.createServer();
  if (opts.globalBodyParser) server.use(restify.plugins.bodyParser());
  const messagesChain: restify.RequestHandlerType[] = opts.globalBodyParser ? [] : [restify.plugins.bodyParser()];
  server.post('/api/messages', ...messagesChain, async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  opts.beforeListen?.(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Registered after listen: the bot's endpoint carries the ephemeral port (restify accepts routes at any time).
  const channel = registerDirectLine(server, {
    botEndpoint: `${baseUrl}/api/messages`,
    publicBaseUrl: baseUrl,
    tokenSecret: 'test-secret-0123456789abcdef',
    logger: quietLogger,
    ...opts.directLine,
  });

  return {
    baseUrl,
    server,
    channel,
    received,
    references,
    async sendProactive(conversationId, text) {
      const reference = references.get(conversationId);
      if (!reference) throw new Error(`the bot has no reference for ${conversationId}`);
      await adapter.continueConversationAsync('', reference, async (context) => {
        await context.sendActivity(text);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
