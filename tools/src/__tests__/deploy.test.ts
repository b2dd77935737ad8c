import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../paths';

interface ComposeService {
  image?: string;
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string }> | string[];
}

const DOCKERFILES = ['gateway/Dockerfile', 'foundation-service/Dockerfile', 'mutual-service/Dockerfile'];

describe('the deployment files', () => {
  it('build every image on the same pinned Node LTS release that .nvmrc names', () => {
    const major = readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim();
    const bases = DOCKERFILES.flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^FROM (\S+)/gm)].map((match) => ({
        file,
        image: match[1],
      })),
    );
    expect(bases.length).toBeGreaterThanOrEqual(DOCKERFILES.length);
    for (const base of bases)
      expect(base).toEqual({
        file: base.file,
        image: expect.stringMatching(new RegExp(`^node:${major}\\.\\d+\\.\\d+-bookworm-slim$`)) as string,
      });
    // One release everywhere: a rebuild of one image never brings a different runtime.
    expect(new Set(bases.map((base) => base.image)).size).toBe(1);
  });

  it('declare docker-compose.yml in Compose v2 syntax: each service waits for what it needs to be healthy or done', () => {
    const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      version?: string;
      services: Record<string, ComposeService>;
    };
    expect(compose.version).toBeUndefined();
    const waits: string[] = [];
    for (const [name, service] of Object.entries(compose.services)) {
      expect({ name, dependsOn: Array.isArray(service.depends_on) ? 'a plain list' : 'conditions' }).toEqual({
        name,
        dependsOn: 'conditions',
      });
      for (const [needed, { condition }] of Object.entries(service.depends_on ?? {})) {
        const neededService = compose.services[needed];
        // A one-shot (a migration) is waited for to exit 0; anything that serves, to be healthy.
        const expected = neededService?.healthcheck ? 'service_healthy' : 'service_completed_successfully';
        if (expected === 'service_completed_successfully') expect(needed).toMatch(/-migrate$/);
        waits.push(`${name} -> ${needed}: ${condition ?? 'none'}`);
        expect(condition).toBe(expected);
      }
    }
    expect(waits).toEqual(
      expect.arrayContaining([
        'gateway -> foundation: service_healthy',
        'gateway -> mutual: service_healthy',
        'foundation -> foundation-migrate: service_completed_successfully',
      ]),
    );
    // Each node service's health check asks its own /health on the port it listens on.
    for (const [name, variable] of [
      ['foundation', 'FOUNDATION_PORT'],
      ['mutual', 'MUTUAL_PORT'],
      ['gateway', 'GATEWAY_PORT'],
    ] as const) {
      const service = compose.services[name];
      expect(service?.healthcheck?.test?.join(' ')).toContain(
        `http://127.0.0.1:${service?.environment?.[variable]}/health`,
      );
    }
  });
});
