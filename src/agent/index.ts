// The agent handoff API (PRODUCT.md §6) under /api/agent/…: bearer-token protected, or disabled (503) when no token is configured.
import type { Request, Server } from 'restify';
import { bearerMatches } from '../secret';
import { registerConversationRoutes } from './conversationRoutes';
import type { AgentApiDeps } from './deps';
import { guarded, HttpProblem, type Route } from './http';
import { registerNewCustomerRoute } from './newCustomer';

export type { AgentApiDeps } from './deps';

export function registerAgentApi(server: Server, deps: AgentApiDeps): void {
  const { token, logger } = deps;
  if (!token) logger.warn('agent API disabled: AGENT_API_TOKEN is not set, /api/agent/* answers 503');

  const authorize = (req: Request): void => {
    if (!token) throw new HttpProblem(503, 'agent_api_disabled', 'the agent API is disabled: AGENT_API_TOKEN is not set');
    if (!bearerMatches(req.header('authorization'), token)) {
      throw new HttpProblem(401, 'unauthorized', 'a valid agent token is required (Authorization: Bearer <AGENT_API_TOKEN>)');
    }
  };

  const route: Route = (method, path, handler) =>
    server[method](
      path,
      guarded(logger, async (req, res) => {
        authorize(req);
        await handler(req, res);
      }),
    );

  registerConversationRoutes(route, deps);
  registerNewCustomerRoute(route, deps);
}
