import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from '../supergraph';
import { SCHEMAS_DIR } from '../subgraphs';

describe('npm run compose', () => {
  it('gives exactly the committed supergraph (run `npm run compose` and commit when this fails)', () => {
    const composition = composeSupergraph(SCHEMAS_DIR);
    if ('errors' in composition) throw new Error(composition.errors.join('\n'));
    expect(composition.supergraphSdl).toBe(readFileSync(path.join(SCHEMAS_DIR, 'supergraph.graphql'), 'utf8'));
  });

  it('lists the composition errors when the subgraphs disagree', () => {
    const broken = (file: string): string => {
      const sdl = readFileSync(file, 'utf8');
      // The mutual saying a region's code is an Int contradicts the foundation's ID!.
      return file.endsWith('mutual.graphql') ? sdl.replace(/type Region @key\(fields: "code"\) \{\n {2}code: ID!/, 'type Region @key(fields: "code") {\n  code: Int!') : sdl;
    };
    const composition = composeSupergraph(SCHEMAS_DIR, broken);
    expect('errors' in composition && composition.errors.join('\n')).toMatch(/Region\.code/);
  });

  it('reports an SDL that does not parse, naming the problem', () => {
    const composition = composeSupergraph(SCHEMAS_DIR, (file) => (file.endsWith('foundation.graphql') ? 'type Query {' : readFileSync(file, 'utf8')));
    expect('errors' in composition && composition.errors[0]).toMatch(/Syntax Error/);
  });
});
