import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths';

const DOCKERFILES = ['gateway/Dockerfile', 'foundation-service/Dockerfile', 'mutual-service/Dockerfile'];

describe('the deployment files', () => {
  it('build every image on the same pinned Node LTS release that .nvmrc names', () => {
    const major = readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim();
    const bases = DOCKERFILES.flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^FROM (\S+)/gm)].map((match) => ({ file, image: match[1] })),
    );
    expect(bases.length).toBeGreaterThanOrEqual(DOCKERFILES.length);
    for (const base of bases) expect(base).toEqual({ file: base.file, image: expect.stringMatching(new RegExp(`^node:${major}\\.\\d+\\.\\d+-bookworm-slim$`)) as string });
    // One release everywhere: a rebuild of one image never brings a different runtime.
    expect(new Set(bases.map((base) => base.image)).size).toBe(1);
  });
});
