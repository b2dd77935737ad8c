import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readOperations } from '../operations';
import { checkSchemas, type SchemaSources } from '../schema-check';
import { composeSupergraph } from '../supergraph';
import { SCHEMAS_DIR, SUPERGRAPH_CONFIG } from '../subgraphs';

const operations = readOperations(path.join(SCHEMAS_DIR, 'operations'));
const real = (file: string): string => readFileSync(file, 'utf8');

/** The sources as they would be if the foundation team edited its SDL with `edit` and re-composed. */
function afterFoundationEdit(edit: (sdl: string) => string): SchemaSources {
  const read = (file: string): string => (file.endsWith('foundation.graphql') ? edit(real(file)) : real(file));
  const composition = composeSupergraph(SUPERGRAPH_CONFIG, read);
  if ('errors' in composition) throw new Error(composition.errors.join('\n'));
  const current = composeSupergraph();
  if ('errors' in current) throw new Error(current.errors.join('\n'));
  return {
    supergraphConfig: SUPERGRAPH_CONFIG,
    read,
    committedSupergraph: composition.supergraphSdl,
    publishedSupergraph: current.supergraphSdl,
    operations,
  };
}

function edited(sdl: string, from: string, to: string): string {
  const next = sdl.replace(from, to);
  if (next === sdl) throw new Error(`"${from}" is not in the SDL`);
  return next;
}

describe('npm run schema:check', () => {
  it('fails when a field an operation uses is removed', async () => {
    const report = await checkSchemas(
      afterFoundationEdit((sdl) =>
        edited(
          sdl,
          '  "Staff members assigned to the region and in service (status ACTIVE)."\n  staffCount: Int!\n',
          '',
        ),
      ),
    );
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^operation NationalComparison\.graphql: Cannot query field "staffCount"/),
        expect.stringMatching(/^breaking change used by the admin client: Field 'staffCount' .*removed/),
      ]),
    );
  });

  it('passes when a field is added', async () => {
    const report = await checkSchemas(
      afterFoundationEdit((sdl) => edited(sdl, '  staffCount: Int!\n', '  staffCount: Int!\n  retiredCount: Int!\n')),
    );
    expect(report).toEqual({ errors: [], notes: [] });
  });

  it('reports, without failing, a breaking change no operation uses', async () => {
    // Disbursement.recordedBy: no operation of the client reads it.
    const report = await checkSchemas(
      afterFoundationEdit((sdl) =>
        edited(sdl, '  "The subject of the agent who recorded it."\n  recordedBy: String\n', ''),
      ),
    );
    expect(report.errors).toEqual([]);
    expect(report.notes).toEqual([
      expect.stringMatching(/^breaking change no operation uses: Field 'recordedBy' .*removed/),
    ]);
  });

  it('fails when the committed supergraph is not what the subgraphs compose to', async () => {
    const sources = afterFoundationEdit((sdl) =>
      edited(sdl, '  staffCount: Int!\n', '  staffCount: Int!\n  retiredCount: Int!\n'),
    );
    const report = await checkSchemas({ ...sources, committedSupergraph: sources.publishedSupergraph });
    expect(report.errors).toEqual(['schemas/supergraph.graphql is stale: run `npm run compose` and commit it.']);
  });

  it('fails with the composition errors when the subgraphs no longer compose', async () => {
    const report = await checkSchemas({
      ...afterFoundationEdit((sdl) => sdl),
      read: (file) =>
        file.endsWith('mutual.graphql')
          ? real(file).replace(
              'type Region @key(fields: "code") {\n  code: ID!',
              'type Region @key(fields: "code") {\n  code: Int!',
            )
          : real(file),
    });
    expect(report.errors[0]).toMatch(/^composition: /);
  });
});
