import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { K8S_OVERLAYS, type Overlay } from './k8s';
import { kubernetesSecrets } from './k8s-secrets';

/**
 * `npm run k8s:secrets -- DIR [dev|production]`: writes DIR/k8s-secrets.yaml,
 * the Secrets the overlay references, to apply with kubectl. An example
 * generator: a real deployment may hold the same names in its own vault.
 */
const [dir, overlay = 'production'] = process.argv.slice(2);
if (!dir || !(K8S_OVERLAYS as readonly string[]).includes(overlay)) {
  process.stderr.write(
    'usage: npm run k8s:secrets -- DIR [dev|production]   (for example: npm run k8s:secrets -- secrets dev)\n',
  );
  process.exitCode = 2;
} else {
  const file = path.resolve(dir, 'k8s-secrets.yaml');
  const manifests = kubernetesSecrets(path.resolve(dir), overlay as Overlay);
  writeFileSync(file, manifests.map((manifest) => stringify(manifest)).join('---\n'), { mode: 0o600 });
  const namespace = overlay === 'dev' ? 'dsp-dev' : 'dsp';
  process.stdout.write(
    `Wrote ${file} (${manifests.length} secrets). Apply it before the manifests:\n  kubectl create namespace ${namespace}\n  kubectl -n ${namespace} apply -f ${file}\n`,
  );
}
