import { loadConfig } from 'graphql-config';
import { isObjectType, parse, validate, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { apiSchema } from '../operations';
import { ROOT } from '../paths';

/** Every root and object field an operation could select, as `Type.field`. */
function selectable(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(
      (type) =>
        isObjectType(type) &&
        !type.name.startsWith('__') &&
        !type.name.startsWith('join__') &&
        !type.name.startsWith('link__'),
    )
    .flatMap((type) =>
      isObjectType(type) ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    )
    .sort();
}

describe('.graphqlrc.yml', () => {
  it("gives editors the gateway's API schema and every operation of the admin client, all valid", async () => {
    const config = await loadConfig({ rootDir: ROOT, throwOnMissing: true });
    const project = config?.getDefault();
    if (!project) throw new Error('no graphql-config project');
    const schema = await project.getSchema();
    const served = apiSchema(readFileSync(`${ROOT}/schemas/supergraph.graphql`, 'utf8'));
    expect(selectable(schema)).toEqual(selectable(served));
    const documents = await project.getDocuments();
    expect(documents.length).toBeGreaterThan(10);
    for (const document of documents) {
      expect({
        file: document.location,
        errors: validate(schema, parse(document.rawSDL ?? '')).map((error) => error.message),
      }).toEqual({ file: document.location, errors: [] });
    }
  });
});
