import { type Caller, callerFromClaims } from '@dsp/common';
import { jwtVerify } from 'jose';
import type { KeyObject } from 'node:crypto';

/** The user's bearer token checked as our gateway checks it (issuer, audience, EdDSA), for the peer gateway. */
export async function verifyUserToken(key: KeyObject, authorization: string | null): Promise<Caller> {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : '';
  const { payload } = await jwtVerify(token, key, {
    issuer: 'dsp-dev-idp',
    audience: 'dual-supervision',
    algorithms: ['EdDSA'],
  });
  const caller = callerFromClaims(payload);
  if (typeof caller === 'string') throw new Error(caller);
  return caller;
}

/** Our gateway's signer, so the peer sends the subgraphs the same identity tokens, reused for half their life. */
export { IdentityTokenSigner } from '@dsp/common';
