import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type {
  IIngress,
  INetworkPolicy,
  INetworkPolicyPeer,
  INetworkPolicyPort,
} from 'kubernetes-models/networking.k8s.io/v1';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IPodTemplateSpec, IService } from 'kubernetes-models/v1';
import { DEFAULT_DOCUMENT_MAX_BYTES, DOCUMENT_ROUTE_PREFIX, UPLOAD_ROUTE_PREFIX } from '@dsp/subgraph-kit';
import { parseAllDocuments } from 'yaml';
import { K8S_DIR, K8S_OVERLAYS, renderOverlay, secretsReferenced, validateManifest } from '../k8s';
import { kubernetesSecrets } from '../k8s-secrets';
import { renderKustomization, type Manifest } from '../kustomize';
import { ROOT } from '../paths';

type Labels = Record<string, string>;
type Selector = { matchLabels?: Labels } | undefined;

/** The fields of CloudNativePG's Cluster the tests read (it has no published types). */
interface Cluster {
  apiVersion: string;
  spec: {
    instances: number;
    inheritedMetadata: { labels: Labels };
    bootstrap: { initdb: { postInitApplicationSQL: string[] } };
    managed: { roles: unknown[] };
  };
}

const SERVICES = [
  { name: 'gateway', port: 4000 },
  { name: 'foundation', port: 4001 },
  { name: 'mutual', port: 4002 },
] as const;

function find<T>(manifests: Manifest[], kind: string, name: string): T {
  const found = manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  if (!found) throw new Error(`${kind}/${name} is not rendered`);
  return found as unknown as T;
}

function kubectlKustomize(folder: string): Manifest[] | undefined {
  try {
    const text = execFileSync('kubectl', ['kustomize', folder], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return parseAllDocuments(text).map((document) => document.toJS() as Manifest);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
const hasKubectl = kubectlKustomize(path.join(K8S_DIR, 'base')) !== undefined;
const key = (manifest: Manifest): string =>
  `${manifest.kind}/${manifest.metadata.namespace ?? ''}/${manifest.metadata.name}`;

/** The labels of the pods an object runs (Deployment, Job, StatefulSet templates; CloudNativePG's instances). */
function podLabels(manifests: Manifest[], name: string): Labels {
  for (const manifest of manifests) {
    if (manifest.kind === 'Cluster' && manifest.metadata.name === name)
      return { ...(manifest as unknown as Cluster).spec.inheritedMetadata.labels, 'cnpg.io/cluster': name };
    const template = (manifest.spec as { template?: IPodTemplateSpec } | undefined)?.template?.metadata?.labels;
    if (template?.['app.kubernetes.io/name'] === name) return template;
  }
  throw new Error(`no pods named ${name}`);
}

const selects = (selector: Selector, labels: Labels): boolean =>
  Object.entries(selector?.matchLabels ?? {}).every(([label, value]) => labels[label] === value);

/**
 * Whether NetworkPolicy lets a pod with `from` labels open a TCP connection to
 * a pod with `to` labels on `port`, both in the platform's namespace unless
 * `fromNamespace` says otherwise: the egress side (when any policy selects the
 * source for Egress) and the ingress side must both allow it.
 */
function reaches(
  manifests: Manifest[],
  from: Labels | undefined,
  to: Labels,
  port: number,
  fromNamespace?: string,
): boolean {
  const policies = manifests.filter((manifest) => manifest.kind === 'NetworkPolicy') as unknown as INetworkPolicy[];
  const portAllowed = (rule: { ports?: INetworkPolicyPort[] }): boolean =>
    !rule.ports || rule.ports.some((allowed) => allowed.port === port && (allowed.protocol ?? 'TCP') === 'TCP');
  const peerMatches = (
    peers: INetworkPolicyPeer[] | undefined,
    labels: Labels | undefined,
    namespace: string | undefined,
  ): boolean =>
    !peers ||
    peers.some((peer) =>
      peer.namespaceSelector
        ? namespace !== undefined &&
          selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': namespace }) &&
          (!peer.podSelector || (labels !== undefined && selects(peer.podSelector, labels)))
        : namespace === undefined && labels !== undefined && selects(peer.podSelector, labels),
    );
  if (from && fromNamespace === undefined) {
    const egress = policies.filter(
      (policy) => policy.spec?.policyTypes?.includes('Egress') && selects(policy.spec.podSelector, from),
    );
    if (
      egress.length > 0 &&
      !egress.some((policy) =>
        (policy.spec?.egress ?? []).some((rule) => portAllowed(rule) && peerMatches(rule.to, to, undefined)),
      )
    )
      return false;
  }
  const ingress = policies.filter(
    (policy) => policy.spec?.policyTypes?.includes('Ingress') && selects(policy.spec.podSelector, to),
  );
  return (
    ingress.length === 0 ||
    ingress.some((policy) =>
      (policy.spec?.ingress ?? []).some((rule) => portAllowed(rule) && peerMatches(rule.from, from, fromNamespace)),
    )
  );
}

describe.each(K8S_OVERLAYS)('deploy/k8s/overlays/%s', (overlay) => {
  const manifests = renderOverlay(overlay);
  const namespace = overlay === 'dev' ? 'dsp-dev' : 'dsp';

  it('renders objects that all pass the Kubernetes schemas, in its own namespace', () => {
    const results = manifests.map((manifest) => ({ object: key(manifest), result: validateManifest(manifest) }));
    expect(results.filter(({ result }) => 'errors' in result && result.errors.length > 0)).toEqual([]);
    const skipped = results.filter(({ result }) => 'skipped' in result).map(({ object }) => object.split('/')[0]);
    expect(skipped).toEqual(overlay === 'production' ? ['Cluster', 'Cluster'] : []);
    expect(find(manifests, 'Namespace', namespace)).toBeDefined();
    expect(
      manifests.filter((manifest) => manifest.kind !== 'Namespace' && manifest.metadata.namespace !== namespace),
    ).toEqual([]);
    // No secret is committed: the manifests reference Secrets that the operator creates.
    expect(manifests.filter((manifest) => manifest.kind === 'Secret')).toEqual([]);
  });

  (hasKubectl ? it : it.skip)('renders what `kubectl kustomize` renders', () => {
    const theirs = kubectlKustomize(path.join(K8S_DIR, 'overlays', overlay)) ?? [];
    const byKey = (list: Manifest[]): Record<string, Manifest> =>
      Object.fromEntries(list.map((manifest) => [key(manifest), manifest]));
    expect(byKey(manifests)).toEqual(byKey(theirs));
  });

  it.each(SERVICES)(
    'runs $name with probes on its endpoints, resources, a disruption budget and an autoscaler',
    ({ name, port }) => {
      const deployment = find<IDeployment>(manifests, 'Deployment', name);
      const [container] = deployment.spec?.template.spec?.containers ?? [];
      expect(container?.ports).toEqual(expect.arrayContaining([{ name: 'http', containerPort: port }]));
      expect(container?.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(container?.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
      expect(container?.resources).toMatchObject({
        requests: { cpu: expect.any(String) as string, memory: expect.any(String) as string },
        limits: { memory: expect.any(String) as string },
      });
      expect(container?.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
      });
      const labels = deployment.spec?.template.metadata?.labels ?? {};
      expect(selects(deployment.spec?.selector, labels)).toBe(true);
      expect(selects(find<IPodDisruptionBudget>(manifests, 'PodDisruptionBudget', name).spec?.selector, labels)).toBe(
        true,
      );
      const autoscaler = find<IHorizontalPodAutoscaler>(manifests, 'HorizontalPodAutoscaler', name);
      expect(autoscaler.spec?.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(autoscaler.spec?.minReplicas).toBeGreaterThanOrEqual(overlay === 'production' ? 2 : 1);
      expect(find<IService>(manifests, 'Service', name).spec?.ports).toEqual([
        { name: 'http', port, targetPort: 'http' },
      ]);
    },
  );

  it('lets only the gateway reach the subgraphs (and the ingress their document routes), each subgraph only its own database, the subgraphs alone the object store', () => {
    const pod = (name: string): Labels => podLabels(manifests, name);
    const matrix = {
      'outside -> gateway:4000': reaches(manifests, undefined, pod('gateway'), 4000, 'ingress-nginx'),
      'outside -> foundation:4001 (document routes)': reaches(
        manifests,
        undefined,
        pod('foundation'),
        4001,
        'ingress-nginx',
      ),
      'elsewhere -> foundation:4001': reaches(manifests, undefined, pod('foundation'), 4001, 'default'),
      'outside -> mutual:4002 (document routes)': reaches(manifests, undefined, pod('mutual'), 4002, 'ingress-nginx'),
      'elsewhere -> mutual:4002': reaches(manifests, undefined, pod('mutual'), 4002, 'default'),
      'mutual -> seaweedfs:8333': reaches(manifests, pod('mutual'), pod('seaweedfs'), 8333),
      'foundation -> seaweedfs:8333': reaches(manifests, pod('foundation'), pod('seaweedfs'), 8333),
      'gateway -> seaweedfs:8333': reaches(manifests, pod('gateway'), pod('seaweedfs'), 8333),
      'monitoring -> gateway:9400': reaches(manifests, undefined, pod('gateway'), 9400, 'monitoring'),
      'gateway -> foundation:4001': reaches(manifests, pod('gateway'), pod('foundation'), 4001),
      'gateway -> mutual:4002': reaches(manifests, pod('gateway'), pod('mutual'), 4002),
      'mutual -> foundation:4001 (registry feed)': reaches(manifests, pod('mutual'), pod('foundation'), 4001),
      'foundation -> mutual:4002': reaches(manifests, pod('foundation'), pod('mutual'), 4002),
      'gateway -> foundation-db:5432': reaches(manifests, pod('gateway'), pod('foundation-db'), 5432),
      'gateway -> mutual-db:5432': reaches(manifests, pod('gateway'), pod('mutual-db'), 5432),
      'foundation -> foundation-db:5432': reaches(manifests, pod('foundation'), pod('foundation-db'), 5432),
      'foundation -> mutual-db:5432': reaches(manifests, pod('foundation'), pod('mutual-db'), 5432),
      'mutual -> mutual-db:5432': reaches(manifests, pod('mutual'), pod('mutual-db'), 5432),
      'mutual -> foundation-db:5432': reaches(manifests, pod('mutual'), pod('foundation-db'), 5432),
      'foundation-migrate -> foundation-db:5432': reaches(
        manifests,
        pod('foundation-migrate'),
        pod('foundation-db'),
        5432,
      ),
      'foundation-migrate -> mutual-db:5432': reaches(manifests, pod('foundation-migrate'), pod('mutual-db'), 5432),
      'mutual-migrate -> mutual-db:5432': reaches(manifests, pod('mutual-migrate'), pod('mutual-db'), 5432),
      'outside -> foundation-db:5432': reaches(manifests, undefined, pod('foundation-db'), 5432, 'default'),
    };
    expect(matrix).toEqual({
      'outside -> gateway:4000': true,
      'outside -> foundation:4001 (document routes)': true,
      'elsewhere -> foundation:4001': false,
      'outside -> mutual:4002 (document routes)': true,
      'elsewhere -> mutual:4002': false,
      'mutual -> seaweedfs:8333': true,
      'foundation -> seaweedfs:8333': true,
      'gateway -> seaweedfs:8333': false,
      'monitoring -> gateway:9400': true,
      'gateway -> foundation:4001': true,
      'gateway -> mutual:4002': true,
      'mutual -> foundation:4001 (registry feed)': true,
      'foundation -> mutual:4002': false,
      'gateway -> foundation-db:5432': false,
      'gateway -> mutual-db:5432': false,
      'foundation -> foundation-db:5432': true,
      'foundation -> mutual-db:5432': false,
      'mutual -> mutual-db:5432': true,
      'mutual -> foundation-db:5432': false,
      'foundation-migrate -> foundation-db:5432': true,
      'foundation-migrate -> mutual-db:5432': false,
      'mutual-migrate -> mutual-db:5432': true,
      'outside -> foundation-db:5432': false,
    });
  });

  it("exposes the gateway on the client's host and, on each subgraph's public host, its document routes alone, over TLS", () => {
    const config = find<{ data: Record<string, string> }>(manifests, 'ConfigMap', 'dsp-config').data;
    const ingress = find<IIngress>(manifests, 'Ingress', 'dsp');
    const routes = Object.fromEntries(
      (ingress.spec?.rules ?? []).map((rule): [string, string[]] => [
        rule.host ?? '*',
        (rule.http?.paths ?? []).map(
          (route) =>
            `${route.pathType} ${route.path} -> ${route.backend.service?.name}:${route.backend.service?.port?.name}`,
        ),
      ]),
    );
    expect(routes).toEqual({
      [new URL(config.CLIENT_ORIGIN).host]: ['Prefix / -> gateway:http'],
      [new URL(config.FOUNDATION_PUBLIC_URL).host]: [`Prefix ${DOCUMENT_ROUTE_PREFIX} -> foundation:http`],
      [new URL(config.MUTUAL_PUBLIC_URL).host]: [`Prefix ${DOCUMENT_ROUTE_PREFIX} -> mutual:http`],
    });
    // The uploads are under the exposed prefix; /graphql, /registry-feed and the probes are not.
    expect(UPLOAD_ROUTE_PREFIX.startsWith(DOCUMENT_ROUTE_PREFIX)).toBe(true);
    expect(ingress.spec?.ingressClassName).toBe('nginx');
    expect(ingress.spec?.tls?.flatMap((entry) => entry.hosts)).toEqual(Object.keys(routes));
    // Production serves them with the organisation's certificate; a dev cluster with the controller's default.
    expect(ingress.spec?.tls?.map((entry) => entry.secretName ?? null)).toEqual([
      overlay === 'production' ? 'dsp-tls' : null,
    ]);
    // nginx refuses bodies over 1 MB unless told: a default-sized document must get through.
    const bodyLimit = ingress.metadata?.annotations?.['nginx.ingress.kubernetes.io/proxy-body-size'] ?? '1m';
    expect(bodyLimit).toMatch(/^\d+m$/);
    expect(parseInt(bodyLimit, 10) * 1024 * 1024).toBeGreaterThan(DEFAULT_DOCUMENT_MAX_BYTES);
  });

  it('migrates with the owner role in Jobs, while the services hold the application role only', () => {
    for (const database of ['foundation', 'mutual']) {
      const job = find<IJob>(manifests, 'Job', `${database}-migrate`);
      const [migrate] = job.spec?.template.spec?.containers ?? [];
      expect(migrate?.command).toEqual(['node', `${database}-service/dist/migrate.js`]);
      expect(migrate?.env).toContainEqual({
        name: `${database.toUpperCase()}_MIGRATION_DATABASE_URL`,
        valueFrom: { secretKeyRef: { name: `${database}-database`, key: 'owner-url' } },
      });
    }
    for (const { name } of SERVICES) {
      const held = [...secretsReferenced([find<Manifest>(manifests, 'Deployment', name)])];
      expect({ name, held: held.filter((secret) => /owner|superuser/.test(secret)) }).toEqual({ name, held: [] });
    }
  });

  it('references only Secrets that the example generator (npm run k8s:secrets) makes, and they pass the schema', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-k8s-secrets-'));
    try {
      const secrets = kubernetesSecrets(folder, overlay);
      for (const secret of secrets) expect(validateManifest(secret)).toEqual({ errors: [] });
      const made = new Set(
        secrets.flatMap((secret) => [
          secret.metadata.name,
          ...Object.keys(secret.stringData as Labels).map((name) => `${secret.metadata.name}/${name}`),
        ]),
      );
      expect([...secretsReferenced(manifests)].filter((needed) => !made.has(needed))).toEqual([]);
      // Run again, it keeps the passwords the databases were created with.
      expect(kubernetesSecrets(folder, overlay)).toEqual(secrets);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the production databases (CloudNativePG)', () => {
  const manifests = renderOverlay('production');

  it.each(['foundation', 'mutual'])(
    'run %s as a three-instance cluster without superuser access, with the roles the Docker script creates',
    (database) => {
      const cluster = find<Cluster>(manifests, 'Cluster', `${database}-db`);
      expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
      expect(cluster.spec).toMatchObject({
        instances: 3,
        enableSuperuserAccess: false,
        bootstrap: { initdb: { database, owner: `${database}_owner`, secret: { name: `${database}-db-owner` } } },
      });
      expect(cluster.spec.managed.roles).toEqual([
        expect.objectContaining({
          name: `${database}_app`,
          login: true,
          superuser: false,
          bypassrls: false,
          passwordSecret: { name: `${database}-db-app` },
        }),
      ]);
      // The application role's rights: the script's statements, less what initdb does itself (the owner, the database's owner) and the passwords.
      const script =
        /<<'SQL'\n([\s\S]*?)\nSQL/.exec(
          readFileSync(path.join(ROOT, 'deploy', 'postgres-init', '10-application-role.sh'), 'utf8'),
        )?.[1] ?? '';
      const statements = script
        .split(';\n')
        .map((statement) =>
          statement
            .replace(/;$/, '')
            .replace(/ PASSWORD :'\w+'/, '')
            .replaceAll(':"owner"', `${database}_owner`)
            .replaceAll(':"app_role"', `${database}_app`)
            .replaceAll(':"db"', database)
            .trim(),
        )
        .filter(
          (statement) =>
            statement &&
            !statement.startsWith(`CREATE ROLE ${database}_owner`) &&
            !statement.startsWith('ALTER DATABASE'),
        );
      expect(statements.length).toBeGreaterThan(5);
      expect(cluster.spec.bootstrap.initdb.postInitApplicationSQL).toEqual(statements);
    },
  );
});

describe('the kustomization renderer', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-kustomize-'));
    mkdirSync(path.join(folder, 'base'));
    writeFileSync(path.join(folder, 'base', 'kustomization.yaml'), 'resources: [cm.yaml]\n');
    writeFileSync(
      path.join(folder, 'base', 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n',
    );
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses what it does not implement, rather than rendering without it', () => {
    writeFileSync(path.join(folder, 'kustomization.yaml'), 'resources: [base]\ncommonLabels:\n  team: x\n');
    expect(() => renderKustomization(folder)).toThrow(/commonLabels not supported/);
  });

  it("sets images by name, a registry's port included, as kustomize's images do", () => {
    writeFileSync(path.join(folder, 'base', 'kustomization.yaml'), 'resources: [cm.yaml, job.yaml]\n');
    writeFileSync(
      path.join(folder, 'base', 'job.yaml'),
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: a\n          image: registry.local:5000/dsp/tool:1.0\n        - name: b\n          image: other/tool\n',
    );
    writeFileSync(
      path.join(folder, 'kustomization.yaml'),
      'resources: [base]\nimages:\n  - name: registry.local:5000/dsp/tool\n    newTag: "2.0"\n  - name: other/tool\n    newName: mirror.local/other/tool\n',
    );
    const job = find<IJob>(renderKustomization(folder), 'Job', 'j');
    expect(job.spec?.template.spec?.containers.map((container) => container.image)).toEqual([
      'registry.local:5000/dsp/tool:2.0',
      'mirror.local/other/tool',
    ]);
  });

  it('refuses a patch whose target is not among the resources', () => {
    writeFileSync(path.join(folder, 'kustomization.yaml'), 'resources: [base]\npatches:\n  - path: patch.yaml\n');
    writeFileSync(
      path.join(folder, 'patch.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: setings\ndata:\n  a: "2"\n',
    );
    expect(() => renderKustomization(folder)).toThrow(/targets ConfigMap\/setings, which is not among the resources/);
  });
});
