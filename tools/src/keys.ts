import { ensureKeyPair } from '@dsp/common';
import { chmodSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run keys -- DIR`: creates the deployment's Ed25519 key pairs in DIR,
 * each unless it is already there: the gateway's (gateway.private.pem to the
 * gateway only, gateway.public.pem to both subgraphs) and the mutual's
 * service key (mutual-service.private.pem to the mutual only,
 * mutual-service.public.pem to the foundation, which lets it read the
 * registry feed).
 */
const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npm run keys -- DIR   (for example: npm run keys -- secrets)\n');
  process.exitCode = 2;
} else {
  for (const name of ['gateway', 'mutual-service']) {
    const files = ensureKeyPair(path.resolve(dir), name);
    // The containers run as an unprivileged user that must be able to read the
    // mounted files; keep the folder itself private on the host.
    chmodSync(files.privateKeyFile, 0o644);
    process.stdout.write(`${name} private key: ${files.privateKeyFile}\n${name} public key:  ${files.publicKeyFile}\n`);
  }
}
