import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartupError } from '../errors';

export interface RunningServer {
  url: string;
  port: number;
  /** Where /metrics is served, when it is. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

export interface ListeningServer {
  server: http.Server;
  port: number;
  url: string;
}

/**
 * Listens on `port` (0 for any free port), turning "port in use" into a one
 * line StartupError that names the variable to change.
 */
export async function listen(
  handler: http.RequestListener,
  port: number,
  host: string,
  what: string,
  variable: string,
): Promise<ListeningServer> {
  const server = http.createServer(handler);
  // Keep idle connections from the gateway open a little longer than its
  // agent does, so that a reused socket is never closed under a request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === 'EADDRINUSE'
            ? `port ${port} for ${what} is already in use; stop what uses it or set ${variable} to a free port.`
            : `${what} cannot listen on port ${port} (${error.code ?? error.message}); set ${variable} to another port.`,
        ),
      );
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return { server, port: address.port, url: `http://${shownHost}:${address.port}` };
}
