// The baseline: a bare echo bot on the bot's own stack (restify + bodyParser + CloudAdapter), with no state and no NLU.
import restify, { type Server } from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityTypes } from 'botbuilder';
import { MAX_BODY_BYTES } from '../../src/bot/app';

/** What the real bot pays on top of this is the cost of being the bot; everything below it is shared. */
export function createEchoServer(): Server {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer({ name: 'bench-echo' });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(context.activity.text ?? '');
    });
  });
  return server;
}
