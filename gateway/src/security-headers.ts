import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The usual security headers on every answer (helmet), with a
 * Content-Security-Policy fitted to the admin client: its own scripts only,
 * no inline script; inline style attributes, which its component library
 * sets; requests to the gateway and, for the OpenID Connect sign-in, to the
 * provider, whose token endpoint the client calls itself, and to the
 * subgraphs' document endpoints, where it uploads files; GraphiQL's editor
 * workers from blob: URLs. No page may frame it (clickjacking).
 * Strict-Transport-Security is helmet's default: browsers ignore it over
 * plain HTTP (local use) and keep to HTTPS once a deployment serves it there.
 */
export function securityHeaders(
  oidcIssuer: string | undefined,
  documentOrigins: readonly string[] = [],
): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void {
  const connectSrc = ["'self'", ...(oidcIssuer ? [new URL(oidcIssuer).origin] : []), ...documentOrigins];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc,
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });
}
