import { signUserToken } from '@dsp/common';
import { type DemoUser } from '@dsp/demo';
import express, { type Express } from 'express';
import type { KeyObject } from 'node:crypto';

export interface DevTokenSettings {
  /** The development identity provider's private key (its public key is the gateway's AUTH_PUBLIC_KEY). */
  privateKey: KeyObject;
  issuer: string;
  audience: string;
  users: DemoUser[];
  /** Token lifetime, in seconds. */
  ttlSeconds: number;
}

/**
 * The local sign-in: GET /dev/users lists the demonstration users, POST
 * /dev/token {"user": id} returns a token for one of them. Mounted only when
 * DEV_TOKENS=1 outside production (see auth-config), never otherwise.
 */
export function mountDevTokens(app: Express, settings: DevTokenSettings): void {
  app.get('/dev/users', (_request, response) => {
    response.json({
      users: settings.users.map(({ id, label, caller }) => ({
        id,
        label,
        role: caller.role,
        region: caller.region,
        sub: caller.sub,
      })),
    });
  });
  app.post('/dev/token', express.json({ limit: '1kb' }), async (request, response) => {
    const id = (request.body as { user?: unknown } | undefined)?.user;
    const user = settings.users.find((candidate) => candidate.id === id);
    if (!user) {
      response.status(400).json({ error: 'Unknown demonstration user; see GET /dev/users.' });
      return;
    }
    const token = await signUserToken(settings.privateKey, user.caller, {
      issuer: settings.issuer,
      audience: settings.audience,
      ttlSeconds: settings.ttlSeconds,
    });
    response.json({ token, expiresIn: settings.ttlSeconds });
  });
}
