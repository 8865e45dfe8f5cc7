// Starts a restify server on a port, turning "port already taken" into a one-line message instead of a crash.
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';

/** A server could not take its port; the message says which and what to change. */
export class ListenError extends Error {}

/**
 * Resolves with the port actually bound (0 asks for any free one). restify re-emits the HTTP server's errors on
 * itself, where nobody listens: without this, a port in use ends the process with an unhandled 'error' event.
 */
export function listenOn(server: Server, port: number, host: string | undefined, setting: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new ListenError(`${server.name}: cannot listen on port ${port} (${error.code === 'EADDRINUSE' ? 'already in use' : 'not allowed'}); stop what uses it or set ${setting}`)
          : error,
      );
    };
    server.once('error', onError);
    const listening = () => {
      server.removeListener('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    if (host === undefined) server.listen(port, listening);
    else server.listen(port, host, listening);
  });
}
