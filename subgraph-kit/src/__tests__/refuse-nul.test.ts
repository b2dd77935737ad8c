import { ApolloServer } from '@apollo/server';
import { refuseNulCharacters } from '../server/refuse-nul';

describe('requests carrying a NUL character', () => {
  const reached: string[] = [];
  const server = new ApolloServer({
    typeDefs:
      'input Filter { names: [String!]! } type Query { officer(matricule: ID!): String find(filter: Filter): String }',
    resolvers: {
      Query: {
        officer: (_: unknown, args: { matricule: string }) => (reached.push(args.matricule), 'found'),
        find: () => (reached.push('find'), 'found'),
      },
    },
    plugins: [refuseNulCharacters()],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => (reached.length = 0));

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const { body, http } = await server.executeOperation({ query, variables });
    if (body.kind !== 'single') throw new Error('expected a single result');
    return { status: http.status, errors: body.singleResult.errors, data: body.singleResult.data };
  };

  it('are refused with BAD_USER_INPUT naming the variable, before any resolver runs (PostgreSQL text cannot hold U+0000)', async () => {
    const response = await run('query($m: ID!) { officer(matricule: $m) }', { m: '10\u00001' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'm' });
    expect(reached).toEqual([]);
  });

  it('name the position inside an input object', async () => {
    const response = await run('query($f: Filter) { find(filter: $f) }', { f: { names: ['a', 'b\u0000'] } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'f.names[1]' });
    expect(reached).toEqual([]);
  });

  it.each([
    ['written as an escape', '{ officer(matricule: "\\u0000") }'],
    ['written as the character itself', '{ officer(matricule: "10\u00001") }'],
    ['in a block string', '{ officer(matricule: """10\u00001""") }'],
  ])('are refused in a literal of the query too, %s', async (_how, query) => {
    const response = await run(query);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(reached).toEqual([]);
  });

  it('let a query through whose text writes the escape as text (an escaped backslash)', async () => {
    const response = await run('{ officer(matricule: "\\\\u0000") }');
    expect(response.errors).toBeUndefined();
    expect(reached).toEqual(['\\u0000']);
  });

  it('let any other string through, control characters, right-to-left marks and Arabic included', async () => {
    const response = await run('query($m: ID!) { officer(matricule: $m) }', { m: '\u0001\u202Eمحمد\u001f' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ officer: 'found' });
  });
});
