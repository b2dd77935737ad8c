import { ensureKeyPair } from '@dsp/common';
import { chmodSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run keys -- DIR`: creates the gateway's Ed25519 key pair in DIR
 * (gateway.private.pem, gateway.public.pem) for a deployment, unless it is
 * already there. The private key goes to the gateway only; both subgraphs get
 * the public key.
 */
const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npm run keys -- DIR   (for example: npm run keys -- secrets)\n');
  process.exitCode = 2;
} else {
  const files = ensureKeyPair(path.resolve(dir), 'gateway');
  // The containers run as an unprivileged user that must be able to read the
  // mounted files; keep the folder itself private on the host.
  chmodSync(files.privateKeyFile, 0o644);
  process.stdout.write(`gateway private key: ${files.privateKeyFile}\ngateway public key:  ${files.publicKeyFile}\n`);
}
