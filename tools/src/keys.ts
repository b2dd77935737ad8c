import { ensureKeyPair } from '@dsp/common';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newBackupKey } from './backup-crypto';
import { ensureDocumentKey, ensureS3Credentials } from './dev-identity';

/**
 * `npm run keys -- DIR`: creates the deployment's keys in DIR, each unless
 * it is already there: the gateway's Ed25519 pair (gateway.private.pem to the
 * gateway only, gateway.public.pem to both subgraphs), the mutual's service
 * pair (mutual-service.private.pem to the mutual only,
 * mutual-service.public.pem to the foundation, which lets it read the
 * registry feed), backup.key, which encrypts `npm run backup`, and
 * document.key, which encrypts supporting documents at rest (both
 * subgraphs). Private keys and secret keys are 0600 in a 0700 folder.
 */
const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npm run keys -- DIR   (for example: npm run keys -- secrets)\n');
  process.exitCode = 2;
} else {
  for (const name of ['gateway', 'mutual-service']) {
    const files = ensureKeyPair(path.resolve(dir), name);
    process.stdout.write(`${name} private key: ${files.privateKeyFile}\n${name} public key:  ${files.publicKeyFile}\n`);
  }
  const backupKey = path.resolve(dir, 'backup.key');
  if (!existsSync(backupKey)) writeFileSync(backupKey, newBackupKey(), { mode: 0o600 });
  process.stdout.write(
    `backup key:             ${backupKey} (keep a copy apart from the backups: without it they cannot be restored)\n`,
  );
  process.stdout.write(
    `document key:           ${ensureDocumentKey(path.resolve(dir))} (both subgraphs; without it stored documents cannot be read)\n`,
  );
  process.stdout.write(
    `object store:           ${ensureS3Credentials(path.resolve(dir))} (the seaweedfs service's one identity)\n`,
  );
  process.stdout.write(
    'The containers run as the user node (uid 1000): give it the private key files (chown 1000 DIR/*.private.pem) if you are not uid 1000.\n',
  );
}
