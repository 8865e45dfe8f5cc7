// Bot Framework authentication that fails closed: a request that cannot be authenticated is a 401, never a 500.
import { AuthenticationError, type BotFrameworkAuthentication } from 'botframework-connector';
import { StatusCodes } from 'botbuilder';
import type { Logger } from 'pino';

/**
 * CloudAdapter answers 401 only for an AuthenticationError. A token that names Bot Framework as its
 * issuer makes it fetch signing keys first; when that fails (network, DNS) the error is a plain one and
 * the adapter answered 500 with the internal message. Such a request is still unauthenticated: 401,
 * and the real cause goes to the log, where an operator can see that no token can be verified.
 */
export function failClosed<T extends BotFrameworkAuthentication>(auth: T, logger: Logger): T {
  const authenticate = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    try {
      return await authenticate(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      logger.error({ err: error }, 'could not verify a Bot Framework token; answering 401');
      throw new AuthenticationError('Unauthorized: the token could not be verified', StatusCodes.UNAUTHORIZED);
    }
  };
  return auth;
}
