// The bot's turn handler: a conversation's next message waits for the whole previous turn, its observers included.
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { createLogger } from '../../src/log';
import { MemoryStorage } from '../../src/storage';
import { PaylaterBot } from '../../src/bot/paylaterBot';


test('a message sent while the hand-over turn is still opening the queue entry waits for it, so the agent gets it', async () => {
  let entryOpen = false;
  const openedWhenAsked: boolean[] = [];
  let releaseOpening!: () => void;
  const opening = new Promise<void>((resolve) => (releaseOpening = resolve));
  const bot = new PaylaterBot({
    // Backend calls never answer: these turns make none.
    machine: modelMachine,
    nlu: createNlu(),
    shopUrl: 'http://shop',
    maxWaitMs: 1000,
    storage: new MemoryStorage(),
    logger: createLogger('silent'),
    handoffQueue: {
      waiting: async () => {
        openedWhenAsked.push(entryOpen);
        return true;
      },
      withdraw: async () => true,
      away: async () => false,
    },
    // Stands for the handoff observer: the entry opens only after the hand-over turn's replies went out.
    observers: [
      async (_context, result) => {
        if (result.before.hasTag('agent') || !result.after.hasTag('agent')) return;
        await opening;
        entryOpen = true;
      },
    ],
  });
  const adapter = new TestAdapter((context: TurnContext) => bot.onTurn(context));
  const message = (text: string) => adapter.processActivity({ type: 'message', text } as Partial<Activity>);

  const handOver = message('转人工');
  const meanwhile = message('在吗');
  // Give the second message every chance to run ahead before the entry opens.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(openedWhenAsked).toEqual([]);
  releaseOpening();
  await Promise.all([handOver, meanwhile]);
  expect(openedWhenAsked).toEqual([true]);
});
