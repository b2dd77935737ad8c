import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, print, visit } from 'graphql';
import { apiSchema, readOperations, validateOperations } from '../operations';
import { SCHEMAS_DIR } from '../subgraphs';

const supergraph = readFileSync(path.join(SCHEMAS_DIR, 'supergraph.graphql'), 'utf8');
const operations = readOperations(path.join(SCHEMAS_DIR, 'operations'));

describe("the admin client's operations", () => {
  it('include the dashboard, the national comparison, the officer file and the staff search', () => {
    expect(operations.map((operation) => operation.file)).toEqual(
      expect.arrayContaining([
        'NationalComparison.graphql',
        'OfficerFile.graphql',
        'Officers.graphql',
        'RegionalDashboard.graphql',
      ]),
    );
  });

  it('are all valid against the supergraph the gateway serves', () => {
    expect(validateOperations(apiSchema(supergraph), operations)).toEqual([]);
  });

  it('are caught when the supergraph loses a field they use', () => {
    const withoutStaffCount = print(
      visit(parse(supergraph), {
        FieldDefinition: (node, _key, _parent, _path, ancestors) => {
          const owner = ancestors.at(-1);
          return node.name.value === 'staffCount' && owner && 'name' in owner && owner.name?.value === 'Region'
            ? null
            : undefined;
        },
      }),
    );
    expect(withoutStaffCount).not.toContain('staffCount');
    const problems = validateOperations(apiSchema(withoutStaffCount), operations);
    expect(problems.map((problem) => problem.file)).toEqual(
      expect.arrayContaining(['NationalComparison.graphql', 'RegionalDashboard.graphql']),
    );
    expect(problems[0]?.messages.join(' ')).toMatch(/Cannot query field "staffCount" on type "Region"/);
  });
});
