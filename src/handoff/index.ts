// Issue 4 wired in one place: handoff both ways, backend events continued proactively, and transcripts, for the composition root.
import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { AccountClient } from '../backend/client';
import type { BotApp } from '../bot/app';
import type { TurnObserver } from '../bot/paylaterBot';
import type { HandoffQueue } from '../bot/dialogueTurn';
import type { CasStorage } from '../storage';
import { CasTranscriptStore, transcriptMiddleware } from '../transcripts';
import { registerAgentApi } from '../agent';
import { accountIndexObserver } from '../webhook/accountIndex';
import { registerBackendEvents } from '../webhook/backendEvents';
import { handoffObserver } from './observer';
import { quietTurnMiddleware } from './quietTurn';
import { HandoffRegistry } from './registry';

export interface HandoffFeatureDeps {
  config: Pick<Config, 'AGENT_API_TOKEN' | 'BACKEND_WEBHOOK_SECRET' | 'MicrosoftAppId'>;
  storage: CasStorage;
  client: AccountClient;
  logger: Logger;
}

export interface HandoffFeatures {
  /** Pass to createBotApp: they see every finished turn. */
  observers: TurnObserver[];
  /** Pass to createBotApp: the agents' queue, so that a customer waiting for an agent is answered and can withdraw. */
  queue: HandoffQueue;
  /** Call with the app before it listens: adapter middleware and the HTTP routes. */
  attach(app: Pick<BotApp, 'server' | 'adapter' | 'bot'>): void;
  /** Writes the transcript lines still buffered; call after the last turn finished, before closing the storage. */
  flush(): Promise<void>;
  /** The latest `count` activities of a conversation's transcript, oldest first. */
  latestActivities(channelId: string, conversationId: string, count: number): Promise<Activity[]>;
  /** Calls `listener` with the id of every conversation an agent erases (a channel forgets its copy). */
  onErased(listener: (conversationId: string) => void): void;
}

export function createHandoffFeatures({ config, storage, client, logger }: HandoffFeatureDeps): HandoffFeatures {
  const registry = new HandoffRegistry(storage);
  const transcripts = new CasTranscriptStore(storage, logger);
  const botAppId = config.MicrosoftAppId ?? '';
  const erasedListeners: Array<(conversationId: string) => void> = [];
  const onErased = (conversationId: string) => erasedListeners.forEach((listener) => listener(conversationId));
  return {
    observers: [handoffObserver({ registry, transcripts, logger }), accountIndexObserver(storage)],
    queue: registry,
    attach({ server, adapter, bot }) {
      // Quiet first: what it swallows must not reach the transcript logger either.
      adapter.use(quietTurnMiddleware);
      adapter.use(transcriptMiddleware(transcripts));
      const agentDeps = { storage, registry, transcripts, adapter, bot, botAppId, client, logger, onErased };
      registerAgentApi(server, { token: config.AGENT_API_TOKEN, ...agentDeps });
      registerBackendEvents(server, { secret: config.BACKEND_WEBHOOK_SECRET, storage, adapter, bot, botAppId, logger });
    },
    flush: () => transcripts.flush(),
    latestActivities: (channelId, conversationId, count) => transcripts.latest(channelId, conversationId, count),
    onErased: (listener) => void erasedListeners.push(listener),
  };
}
