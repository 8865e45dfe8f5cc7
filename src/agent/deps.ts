// What the agent API routes work with, handed over by the composition root.
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { AccountClient } from '../backend/client';
import type { PaylaterBot } from '../bot/paylaterBot';
import type { HandoffRegistry } from '../handoff/registry';
import type { CasStorage } from '../storage';
import type { CasTranscriptStore } from '../transcripts';

export interface AgentApiDeps {
  /** AGENT_API_TOKEN; without it every agent route answers 503. */
  token?: string;
  storage: CasStorage;
  registry: HandoffRegistry;
  transcripts: CasTranscriptStore;
  adapter: CloudAdapter;
  bot: PaylaterBot;
  /** MicrosoftAppId ('' locally): proactive turns are opened in the bot's name. */
  botAppId: string;
  client: AccountClient;
  logger: Logger;
  /** Told of every erased conversation, so that what other parts keep of it (the web chat channel's log) goes too. */
  onErased?: (conversationId: string) => void;
}
