import { K8S_OVERLAYS, renderOverlay, validateManifest } from './k8s';

/**
 * Part of `npm run deploy:check`: renders each deploy/k8s overlay and checks
 * every object against the Kubernetes schemas, offline.
 */
let failures = 0;
for (const overlay of K8S_OVERLAYS) {
  const manifests = renderOverlay(overlay);
  let skipped = 0;
  for (const manifest of manifests) {
    const result = validateManifest(manifest);
    if ('skipped' in result) {
      skipped++;
      continue;
    }
    for (const error of result.errors) process.stderr.write(`deploy/k8s/overlays/${overlay}: ${error}\n`);
    failures += result.errors.length;
  }
  process.stdout.write(
    `deploy/k8s/overlays/${overlay}: ${manifests.length} objects rendered, ${manifests.length - skipped} checked against the Kubernetes schemas, ${skipped} custom resources without a schema\n`,
  );
}
process.exitCode = failures === 0 ? 0 : 1;
