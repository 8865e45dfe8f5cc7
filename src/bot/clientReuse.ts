// Reuses the Bot Framework clients CloudAdapter builds for every activity (a ConnectorClient and a UserTokenClient).
import {
  AuthenticationConstants,
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';

/**
 * Building both clients (an Azure HTTP pipeline each) was a fifth of a bare echo turn in `npm run bench`, though a
 * client depends only on the bot's app id, the channel's service URL and the audience. BotFrameworkAdapter cached
 * its connector clients the same way; CloudAdapter does not. Bounded, so that forged service URLs (accepted when
 * authentication is off) cannot grow it: past the bound it starts over.
 */
const MAX_CLIENTS = 64;

class ClientCache<V> {
  private readonly clients = new Map<string, Promise<V>>();

  get(key: string, create: () => Promise<V>): Promise<V> {
    const known = this.clients.get(key);
    if (known) return known;
    if (this.clients.size >= MAX_CLIENTS) this.clients.clear();
    const client = create();
    this.clients.set(key, client);
    // A failed creation (credentials) is retried by the next turn rather than remembered.
    client.catch(() => this.clients.delete(key));
    return client;
  }
}

/** The app id botframework-connector builds the clients for: the audience claim (channels), else the appid claim (Emulator). */
const appIdOf = (claims: ClaimsIdentity): string =>
  claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

/** Wraps the authentication CloudAdapter uses so that both per-activity clients are built once per app, channel and audience. */
export function reuseClients<T extends BotFrameworkAuthentication>(
  auth: T,
  /** Adjusts each connector client once, when built (src/bot/channelSends.ts bounds its sends). */
  prepare: (connector: ConnectorClient) => ConnectorClient = (connector) => connector,
): T {
  const connectors = new ClientCache<ConnectorClient>();
  const tokenClients = new ClientCache<UserTokenClient>();
  const reusing = (factory: ConnectorFactory, appId: string): ConnectorFactory => ({
    create: (serviceUrl, audience) =>
      connectors.get(`${appId} ${serviceUrl} ${audience ?? ''}`, () => factory.create(serviceUrl, audience).then(prepare)),
  });

  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: reusing(factory, appIdOf(result.claimsIdentity)) } : result;
  };
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  auth.createConnectorFactory = (claims) => reusing(createConnectorFactory(claims), appIdOf(claims));
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (claims) => tokenClients.get(appIdOf(claims), () => createUserTokenClient(claims));
  return auth;
}
