// A backend session for an account an agent verified, so the customer is not asked to log in again.
import type { Session } from '../../machines/domain';
import { BackendError } from '../backend/client';
import type { AgentApiDeps } from './deps';
import { HttpProblem } from './http';

export async function sessionFor(deps: Pick<AgentApiDeps, 'client' | 'logger'>, accountId: string): Promise<Session> {
  try {
    const result = await deps.client.createServiceSession(accountId);
    if (!result.ok) throw new HttpProblem(422, 'unknown_account', `the account backend knows no account ${accountId}`);
    return result.value;
  } catch (err) {
    if (!(err instanceof BackendError)) throw err;
    deps.logger.warn({ err, accountId }, 'agent API: no service session from the account backend');
    // A refused service token is the bot's configuration, not an outage: retrying cannot help.
    if (err.kind === 'unauthorized') {
      throw new HttpProblem(500, 'service_token_rejected', 'the account backend refused the bot\'s service token (ACCOUNT_API_SERVICE_TOKEN)');
    }
    throw new HttpProblem(502, 'backend_unavailable', `the account backend did not open a session (${err.kind})`);
  }
}

/**
 * The masked phone number of the session's account, for telling the customer as whom the agent logged them in. Not read
 * (the backend failing), it is left unsaid: the session itself is good.
 */
export async function maskedPhoneOf(deps: Pick<AgentApiDeps, 'client' | 'logger'>, session: Session): Promise<string | undefined> {
  try {
    return (await deps.client.getAccount(session)).phoneMasked;
  } catch (err) {
    if (!(err instanceof BackendError)) throw err;
    deps.logger.warn({ err, accountId: session.accountId }, 'agent API: the account of the service session was not read');
    return undefined;
  }
}
