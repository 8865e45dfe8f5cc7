// Starts a restify server on a port, turning "port already taken" into a one-line message instead of a crash.
import { createServer, type AddressInfo } from 'node:net';
import type { Server } from 'restify';

/** The servers' names, as their port messages start (also checked before a start: checkPortsFree). */
export const BOT_SERVER_NAME = 'paylater-guide-bot';
export const MOCK_SERVER_NAME = 'paylater-mock-backend';

/** A server could not take its port; the message says which and what to change. */
export class ListenError extends Error {}

/** A port a server will listen on: its name and the setting that chooses the port, for the message. */
export interface PortClaim {
  name: string;
  port: number;
  host?: string;
  setting: string;
}

const cannotListen = ({ name, port, setting }: PortClaim, error: NodeJS.ErrnoException): Error =>
  error.code === 'EADDRINUSE' || error.code === 'EACCES'
    ? new ListenError(`${name}: cannot listen on port ${port} (${error.code === 'EADDRINUSE' ? 'already in use' : 'not allowed'}); stop what uses it or set ${setting}`)
    : error;

/**
 * Resolves with the port actually bound (0 asks for any free one). restify re-emits the HTTP server's errors on
 * itself, where nobody listens: without this, a port in use ends the process with an unhandled 'error' event.
 */
export function listenOn(server: Server, port: number, host: string | undefined, setting: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(cannotListen({ name: server.name, port, setting }, error));
    server.once('error', onError);
    const listening = () => {
      server.removeListener('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    if (host === undefined) server.listen(port, listening);
    else server.listen(port, host, listening);
  });
}

/** Binds the port for a moment and lets it go: a ListenError when it is taken, as listenOn would fail. */
function probe(claim: PortClaim): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => reject(cannotListen(claim, error)));
    const listening = () => server.close(() => resolve());
    if (claim.host === undefined) server.listen(claim.port, listening);
    else server.listen(claim.port, claim.host, listening);
  });
}

/**
 * Fails with a ListenError naming every taken port before a start does its slow part (loading the bot's modules, opening
 * its storage, building the NLU, starting the mock backend): a second `npm start` said so only seconds later, after
 * the mock had started. Binding stays the real check (a port may be taken in between); this makes the common case quick.
 * Port 0 (any free one) is never taken.
 */
export async function checkPortsFree(claims: PortClaim[]): Promise<void> {
  const taken: string[] = [];
  // One after another: two claims of one port must not find each other's probe.
  for (const claim of claims.filter(({ port }) => port !== 0)) {
    try {
      await probe(claim);
    } catch (error) {
      if (!(error instanceof ListenError)) throw error;
      taken.push(error.message);
    }
  }
  if (taken.length > 0) throw new ListenError(taken.join('\n'));
}
