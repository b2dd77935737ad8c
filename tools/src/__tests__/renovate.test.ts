import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths';

interface PackageRule {
  groupName?: string;
  matchPackageNames?: string[];
  allowedVersions?: string;
}

const FEDERATION = /^@apollo\/(gateway|subgraph|composition|federation-internals|query-planner)$/;

describe('renovate.json', () => {
  it('moves every federation package the workspaces use together, held below 2.15 while Node 20 is supported', () => {
    const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      workspaces: string[];
      engines: { node: string };
    };
    const used = new Map<string, Set<string>>();
    for (const workspace of ['.', ...root.workspaces]) {
      const manifest = JSON.parse(readFileSync(path.join(ROOT, workspace, 'package.json'), 'utf8')) as Record<
        string,
        Record<string, string> | undefined
      >;
      for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        if (FEDERATION.test(name)) used.set(name, (used.get(name) ?? new Set()).add(version));
      }
    }
    expect(used.size).toBeGreaterThanOrEqual(4);
    // One exact version everywhere: the composed supergraph and the gateway's planner must agree.
    const versions = new Set([...used.values()].flatMap((set) => [...set]));
    expect([...versions]).toEqual([expect.stringMatching(/^2\.14\.\d+$/)]);

    const config = JSON.parse(readFileSync(path.join(ROOT, 'renovate.json'), 'utf8')) as {
      packageRules: PackageRule[];
    };
    const group = config.packageRules.find((rule) => rule.groupName === 'Apollo Federation');
    expect(group?.matchPackageNames).toEqual(expect.arrayContaining([...used.keys()]));
    if (root.engines.node.includes('^20')) expect(group?.allowedVersions).toBe('<2.15.0');
    // supergraph.yaml pins the same composition release.
    expect(readFileSync(path.join(ROOT, 'supergraph.yaml'), 'utf8')).toContain(
      `federation_version: =${[...versions][0]}`,
    );
  });
});
