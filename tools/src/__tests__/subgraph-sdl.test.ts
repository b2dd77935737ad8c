import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { ROOT } from '../paths';
import { assembleSubgraphSdl, SDL_SOURCES } from '../subgraph-sdl';

describe('the services’ SDL, kept beside their domains', () => {
  it.each(SDL_SOURCES.map((source) => [source.name, source.folder]))(
    '%s: the committed contract is the assembly of its parts, schema.graphql first',
    (name, folder) => {
      const assembled = assembleSubgraphSdl(folder);
      expect(readFileSync(path.join(ROOT, 'schemas', `${name}.graphql`), 'utf8')).toBe(assembled);
      const files = [...assembled.matchAll(/^# (\S+\.graphql)$/gm)].map((match) => match[1]);
      expect(files[0]).toBe(`${folder}/schema.graphql`);
      expect(files.length).toBeGreaterThan(5);
      expect(() => parse(assembled)).not.toThrow();
    },
  );
});
