import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeSupergraph } from '../supergraph';
import { SCHEMAS_DIR, SUPERGRAPH_CONFIG } from '../subgraphs';

describe('npm run compose', () => {
  it('gives exactly the committed supergraph (run `npm run compose` and commit when this fails)', () => {
    const composition = composeSupergraph();
    if ('errors' in composition) throw new Error(composition.errors.join('\n'));
    expect(composition.supergraphSdl).toBe(readFileSync(path.join(SCHEMAS_DIR, 'supergraph.graphql'), 'utf8'));
  });

  it('lists the composition errors when the subgraphs disagree', () => {
    const broken = (file: string): string => {
      const sdl = readFileSync(file, 'utf8');
      // The mutual saying a region's code is an Int contradicts the foundation's ID!.
      return file.endsWith('mutual.graphql')
        ? sdl.replace(
            /type Region @key\(fields: "code"\) \{\n {2}code: ID!/,
            'type Region @key(fields: "code") {\n  code: Int!',
          )
        : sdl;
    };
    const composition = composeSupergraph(SUPERGRAPH_CONFIG, broken);
    expect('errors' in composition && composition.errors.join('\n')).toMatch(/Region\.code/);
  });

  it('reports an SDL that does not parse, naming the problem', () => {
    const composition = composeSupergraph(SUPERGRAPH_CONFIG, (file) =>
      file.endsWith('foundation.graphql') ? 'type Query {' : readFileSync(file, 'utf8'),
    );
    expect('errors' in composition && composition.errors[0]).toMatch(/Syntax Error/);
  });

  describe("reads the subgraphs from supergraph.yaml (rover's format)", () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-supergraph-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));
    const config = (text: string): string => {
      const file = path.join(folder, 'supergraph.yaml');
      writeFileSync(file, text);
      return file;
    };
    const subgraph = (name: string, url: string): string =>
      `  ${name}:\n    routing_url: ${url}\n    schema:\n      file: ${path.join(SCHEMAS_DIR, `${name}.graphql`)}\n`;

    it('writes each routing_url into the supergraph', () => {
      const file = config(
        `federation_version: =2.14.4\nsubgraphs:\n${subgraph('foundation', 'http://foundation.internal:4001/graphql')}${subgraph('mutual', 'http://mutual.internal:4002/graphql')}`,
      );
      const composition = composeSupergraph(file);
      if ('errors' in composition) throw new Error(composition.errors.join('\n'));
      expect(composition.supergraphSdl).toContain(
        'FOUNDATION @join__graph(name: "foundation", url: "http://foundation.internal:4001/graphql")',
      );
      expect(composition.supergraphSdl).toContain(
        'MUTUAL @join__graph(name: "mutual", url: "http://mutual.internal:4002/graphql")',
      );
    });

    it('composes only the subgraphs it lists', () => {
      const composition = composeSupergraph(
        config(`federation_version: =2.14.4\nsubgraphs:\n${subgraph('foundation', 'http://localhost:4001/graphql')}`),
      );
      if ('errors' in composition) throw new Error(composition.errors.join('\n'));
      expect(composition.supergraphSdl).not.toContain('MUTUAL @join__graph');
    });

    it('refuses a subgraph without its schema file, and a federation_version other than the installed one', () => {
      const missing = composeSupergraph(
        config(
          'federation_version: =2.14.4\nsubgraphs:\n  foundation:\n    routing_url: http://localhost:4001/graphql\n',
        ),
      );
      expect('errors' in missing && missing.errors[0]).toMatch(/subgraph foundation has no schema\.file/);
      const other = composeSupergraph(
        config(`federation_version: =2.9.0\nsubgraphs:\n${subgraph('foundation', 'http://localhost:4001/graphql')}`),
      );
      expect('errors' in other && other.errors[0]).toMatch(
        /pins federation_version 2\.9\.0, but @apollo\/composition 2\.14\.4 is installed/,
      );
    });
  });
});
