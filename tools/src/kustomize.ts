import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';

/** One rendered Kubernetes object. */
export type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
};

type Json = Record<string, unknown>;

/** What a kustomization may use here; anything else is refused rather than silently ignored. */
const SUPPORTED = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'patches',
  'images',
  'configMapGenerator',
  'generatorOptions',
]);

/** Kinds without a namespace, which kustomize's `namespace` leaves alone. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
]);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readYamlObjects(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message ?? 'invalid YAML'}`);
      return document.toJS() as unknown;
    })
    .filter((value): value is Manifest => value !== null && value !== undefined)
    .map((value) => {
      if (
        !isObject(value) ||
        typeof value.kind !== 'string' ||
        typeof value.apiVersion !== 'string' ||
        !isObject(value.metadata)
      ) {
        throw new Error(`${file}: every document needs apiVersion, kind and metadata`);
      }
      return value;
    });
}

/**
 * Strategic merge as kustomize does it for the fields used here: objects merge
 * key by key, lists of named items (containers, env, volumes, ports...) merge
 * by name, any other list is replaced.
 */
export function strategicMerge(target: unknown, patch: unknown): unknown {
  if (isObject(target) && isObject(patch)) {
    const merged: Json = { ...target };
    for (const [key, value] of Object.entries(patch))
      merged[key] = value === null ? undefined : strategicMerge(target[key], value);
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    return merged;
  }
  const named = (list: unknown): list is Json[] =>
    Array.isArray(list) && list.every((item) => isObject(item) && typeof item.name === 'string');
  if (named(target) && named(patch)) {
    const merged = target.map((item) => {
      const update = patch.find((candidate) => candidate.name === item.name);
      return update ? strategicMerge(item, update) : item;
    });
    return [...merged, ...patch.filter((item) => !target.some((existing) => existing.name === item.name))];
  }
  return patch;
}

/** kustomize's `images`: a new name and/or tag for every container using the image. */
function setImages(value: unknown, images: Array<{ name: string; newName?: string; newTag?: string }>): unknown {
  if (Array.isArray(value)) return value.map((item) => setImages(item, images));
  if (!isObject(value)) return value;
  const result: Json = {};
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(child)) {
      result[key] = child.map((container: unknown) => {
        if (!isObject(container) || typeof container.image !== 'string') return container;
        // The tag follows the last ':' after the last '/' (a registry may have a port).
        const colon = container.image.lastIndexOf(':');
        const tagged = colon > container.image.lastIndexOf('/');
        const name = tagged ? container.image.slice(0, colon) : container.image;
        const tag = tagged ? container.image.slice(colon + 1) : undefined;
        const rule = images.find((image) => image.name === name);
        if (!rule) return container;
        const newTag = rule.newTag ?? tag;
        return {
          ...container,
          image: newTag === undefined ? (rule.newName ?? name) : `${rule.newName ?? name}:${newTag}`,
        };
      });
    } else {
      result[key] = setImages(child, images);
    }
  }
  return result;
}

/**
 * Renders a kustomization folder as `kubectl kustomize` would, for the
 * subset of kustomize deploy/k8s uses (resources, namespace, patches,
 * images, configMapGenerator without name hashes): Debian ships no kubectl
 * and the npm registry no kustomize, and CI may reach nothing else. A test
 * compares the result with `kubectl kustomize` where one is installed.
 */
export function renderKustomization(folder: string): Manifest[] {
  const file = path.join(folder, 'kustomization.yaml');
  if (!existsSync(file)) throw new Error(`${folder} has no kustomization.yaml`);
  const spec = parse(readFileSync(file, 'utf8')) as Json;
  const unknown = Object.keys(spec).filter((key) => !SUPPORTED.has(key));
  if (unknown.length > 0) throw new Error(`${file}: ${unknown.join(', ')} not supported by this renderer`);

  let objects: Manifest[] = [];
  for (const resource of (spec.resources as string[] | undefined) ?? []) {
    const target = path.resolve(folder, resource);
    objects.push(...(statSync(target).isDirectory() ? renderKustomization(target) : readYamlObjects(target)));
  }

  const generatorOptions = (spec.generatorOptions as Json | undefined) ?? {};
  for (const generator of (spec.configMapGenerator as Json[] | undefined) ?? []) {
    if (generatorOptions.disableNameSuffixHash !== true)
      throw new Error(`${file}: configMapGenerator needs generatorOptions.disableNameSuffixHash: true here`);
    const data: Record<string, string> = {};
    for (const source of (generator.files as string[] | undefined) ?? [])
      data[path.basename(source)] = readFileSync(path.resolve(folder, source), 'utf8');
    objects.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: String(generator.name) }, data });
  }

  for (const patch of (spec.patches as Array<{ path?: string }> | undefined) ?? []) {
    if (!patch.path) throw new Error(`${file}: only patches with a path are supported`);
    for (const change of readYamlObjects(path.resolve(folder, patch.path))) {
      const index = objects.findIndex(
        (object) => object.kind === change.kind && object.metadata.name === change.metadata.name,
      );
      if (index < 0)
        throw new Error(
          `${file}: patch ${patch.path} targets ${change.kind}/${change.metadata.name}, which is not among the resources`,
        );
      objects[index] = strategicMerge(objects[index], change) as Manifest;
    }
  }

  const images = spec.images as Array<{ name: string; newName?: string; newTag?: string }> | undefined;
  if (images) objects = objects.map((object) => setImages(object, images) as Manifest);

  const namespace = spec.namespace as string | undefined;
  if (namespace) {
    objects = objects.map((object) =>
      CLUSTER_SCOPED.has(object.kind) ? object : { ...object, metadata: { ...object.metadata, namespace } },
    );
  }
  return objects;
}
