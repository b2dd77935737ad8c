import * as appsV1 from 'kubernetes-models/apps/v1';
import * as autoscalingV2 from 'kubernetes-models/autoscaling/v2';
import * as batchV1 from 'kubernetes-models/batch/v1';
import * as networkingV1 from 'kubernetes-models/networking.k8s.io/v1';
import * as policyV1 from 'kubernetes-models/policy/v1';
import * as coreV1 from 'kubernetes-models/v1';
import path from 'node:path';
import { renderKustomization, type Manifest } from './kustomize';
import { ROOT } from './paths';

/** deploy/k8s's overlays, each a complete deployment. */
export const K8S_OVERLAYS = ['dev', 'production'] as const;
export type Overlay = (typeof K8S_OVERLAYS)[number];

export const K8S_DIR = path.join(ROOT, 'deploy', 'k8s');

export function renderOverlay(overlay: Overlay): Manifest[] {
  return renderKustomization(path.join(K8S_DIR, 'overlays', overlay));
}

/**
 * Kinds checked by a schema of their own elsewhere, or by none on the npm
 * registry: CloudNativePG publishes its Cluster CRD's schema only with the
 * operator's release files, which CI may not download; its fields are
 * checked by the tests instead.
 */
const WITHOUT_SCHEMA = new Set(['postgresql.cnpg.io/v1/Cluster']);

type Model = new (data: never) => { validate(): void };

/** The API versions deploy/k8s uses, with kubernetes-models' classes (and validators) for each kind. */
const MODELS: Record<string, Record<string, unknown>> = {
  v1: coreV1,
  'apps/v1': appsV1,
  'autoscaling/v2': autoscalingV2,
  'batch/v1': batchV1,
  'networking.k8s.io/v1': networkingV1,
  'policy/v1': policyV1,
};

/**
 * Checks an object against the Kubernetes API's OpenAPI schema (the validators
 * of the kubernetes-models package): required fields, types, enumerations.
 * Returns the problems, or `skipped` with the reason for a custom resource.
 */
export function validateManifest(manifest: Manifest): { errors: string[] } | { skipped: string } {
  const kind = `${manifest.apiVersion}/${manifest.kind}`;
  if (WITHOUT_SCHEMA.has(kind))
    return { skipped: `${kind}: no schema on the npm registry (CloudNativePG's CRD ships with the operator)` };
  const Model = MODELS[manifest.apiVersion]?.[manifest.kind] as Model | undefined;
  if (!Model) return { errors: [`${kind}: not a kind deploy/k8s is checked for (add its API version to MODELS)`] };
  try {
    new Model(manifest as never).validate();
    return { errors: [] };
  } catch (error) {
    return { errors: [`${kind} ${manifest.metadata.name}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** Every Secret an object needs, as `name` (mounted whole) or `name/key`. */
export function secretsReferenced(manifests: Manifest[]): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    const keyRef = node.secretKeyRef as { name?: string; key?: string } | undefined;
    if (keyRef?.name) found.add(`${keyRef.name}/${keyRef.key ?? ''}`);
    const volume = node.secret as { secretName?: string } | undefined;
    if (volume?.secretName) found.add(volume.secretName);
    // CloudNativePG: the owner's and managed roles' credentials.
    const cnpg = (node.passwordSecret ?? (node.initdb as { secret?: unknown } | undefined)?.secret) as
      { name?: string } | undefined;
    if (cnpg?.name) found.add(`${cnpg.name}/password`);
    Object.values(node).forEach(walk);
  };
  walk(manifests);
  return found;
}
