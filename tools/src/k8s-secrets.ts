import { ensureKeyPair } from '@dsp/common';
import { ensureDocumentKey, ensureS3Credentials } from './dev-identity';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from './kustomize';
import type { Overlay } from './k8s';

const DATABASES = ['foundation', 'mutual'] as const;

/** Letters, digits, '-' and '_' only: the passwords go into connection URLs. */
const newPassword = (): string => randomBytes(24).toString('base64url');

/**
 * The passwords, kept in DIR/k8s-passwords.json (0600) so that running the
 * generator again gives the same secrets as the databases were created with.
 */
function passwords(dir: string): Record<string, string> {
  const file = path.join(dir, 'k8s-passwords.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const wanted = DATABASES.flatMap((database) => [`${database}_owner`, `${database}_app`, `${database}_superuser`]);
  const all = Object.fromEntries(wanted.map((role) => [role, kept[role] ?? newPassword()]));
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
  return all;
}

function secret(name: string, stringData: Record<string, string>, type = 'Opaque'): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, labels: { 'app.kubernetes.io/part-of': 'dual-supervision-platform' } },
    type,
    stringData,
  };
}

/**
 * An example of the Secrets deploy/k8s references, made from the keys of
 * `npm run keys` (created in DIR when missing) and random passwords: the
 * gateway's and the mutual's key pairs, the document key and the object
 * store's credentials, each database's owner and
 * application credentials, and the URLs the services and migrations use.
 * The dev overlay's plain PostgreSQL also needs its image superuser's.
 */
export function kubernetesSecrets(dir: string, overlay: Overlay): Manifest[] {
  const pem = (file: string): string => readFileSync(file, 'utf8');
  const gateway = ensureKeyPair(dir, 'gateway');
  const mutualService = ensureKeyPair(dir, 'mutual-service');
  const password = passwords(dir);
  const secrets = [
    secret('gateway-signing-key', { 'gateway.private.pem': pem(gateway.privateKeyFile) }),
    secret('gateway-public-key', { 'gateway.public.pem': pem(gateway.publicKeyFile) }),
    secret('mutual-service-signing-key', { 'mutual-service.private.pem': pem(mutualService.privateKeyFile) }),
    secret('mutual-service-public-key', { 'mutual-service.public.pem': pem(mutualService.publicKeyFile) }),
    secret('document-key', { 'document.key': pem(ensureDocumentKey(dir)) }),
    secret('seaweedfs-s3-config', { 's3.json': pem(ensureS3Credentials(dir)) }),
    secret('mutual-object-store', {
      'access-key-id': pem(path.join(dir, 's3-access-key-id')),
      'secret-access-key': pem(path.join(dir, 's3-secret-access-key')),
    }),
    secret('foundation-object-store', {
      'access-key-id': pem(path.join(dir, 's3-access-key-id')),
      'secret-access-key': pem(path.join(dir, 's3-secret-access-key')),
    }),
  ];
  for (const database of DATABASES) {
    const [owner, app] = [`${database}_owner`, `${database}_app`];
    const url = (role: string): string => `postgres://${role}:${password[role]}@${database}-db-rw:5432/${database}`;
    // CloudNativePG reads role credentials from basic-auth secrets.
    secrets.push(
      secret(`${database}-db-owner`, { username: owner, password: password[owner] ?? '' }, 'kubernetes.io/basic-auth'),
      secret(`${database}-db-app`, { username: app, password: password[app] ?? '' }, 'kubernetes.io/basic-auth'),
      secret(`${database}-database`, { 'app-url': url(app), 'owner-url': url(owner) }),
    );
    if (overlay === 'dev')
      secrets.push(secret(`${database}-db-superuser`, { password: password[`${database}_superuser`] ?? '' }));
  }
  return secrets;
}
