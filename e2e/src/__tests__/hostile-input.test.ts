import { type Caller, DateScalar, DateTimeScalar, MoneyScalar, REGION_CODES, ROLES } from '@dsp/common';
import { demoUsers } from '@dsp/demo';
import { TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { apiSchema } from '@dsp/tools';
import fc from 'fast-check';
import { buildFoundationSchema } from 'foundation-service';
import { GraphQLScalarType, Kind, parse, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { buildMutualSchema } from 'mutual-service';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  caseArbitrary,
  rootFields,
  servedFields,
  type Case,
  type FieldFilter,
  type KnownValues,
} from '../hostile/arbitraries';
import { Fingerprinter, shrinkDatabase, type DatabaseFingerprint } from '../hostile/dataset';
import {
  claimQueueScope,
  inListScope,
  mayReadApplication,
  mayReadClaim,
  mayReadOfficerFile,
  mayReadRegionFigures,
  officerListScope,
} from '../hostile/scope';
import { inParallel } from '../writes/concurrent-writes';
import { startPlatform, SUPERGRAPH_PATH, type GraphQLResponse, type Platform } from '../platform';
import { waitForRegistryFeed } from '../registry-feed';

/**
 * Hostile input, property-based: every query's arguments and every
 * mutation's input, generated from the API schema of the committed
 * supergraph (see ../hostile/arbitraries.ts), through the real gateway of
 * startPlatform, by random callers. HOSTILE_CASES sets the total (10,000 by
 * default: 80 % queries, 10 % mutations, 10 % scope checks).
 */
const TOTAL = Number(process.env.HOSTILE_CASES ?? 10_000);

/**
 * What a refusal may say. BAD_USER_INPUT also covers the variable values the
 * GraphQL layer refuses (a wrong type, a null where non-null, an Int beyond
 * 32 bits, an unknown enum value, a malformed Money or Date): Apollo Server
 * answers those with BAD_USER_INPUT and HTTP 400 before any resolver runs.
 * GRAPHQL_VALIDATION_FAILED is the gateway's request limits, BAD_REQUEST
 * (HTTP 413) its body limit, which the longest generated lists exceed.
 */
const ALLOWED_CODES = new Set([
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'NOT_ELIGIBLE',
  'QUOTA_EXHAUSTED',
]);

/** Query cases per request (the gateway allows 15 aliases). */
const BATCH = 10;

/** One case as an aliased field of a batch, its variables renamed with `prefix`. */
function batchPart(
  hostile: Case,
  prefix: string,
): { declarations: string; field: string; variables: Record<string, unknown> } {
  const declarations = /^query Hostile\((.*?)\) \{/.exec(hostile.operation)?.[1] ?? '';
  const body = hostile.operation.slice(hostile.operation.indexOf('{') + 1, hostile.operation.lastIndexOf('}')).trim();
  return {
    declarations: declarations.replace(/\$/g, `$${prefix}`),
    field: `${prefix}: ${body.replace(/\$/g, `$${prefix}`)}`,
    variables: Object.fromEntries(
      Object.entries(hostile.variables).map(([name, value]) => [`${prefix}${name}`, value]),
    ),
  };
}

/** The errors of one aliased case of a batch: those on its path, and those on no path (about the whole request). */
function errorsOf(batch: GraphQLResponse, alias: string): Pick<GraphQLResponse, 'errors'> {
  const errors = (batch.errors ?? []).filter((error) => error.path === undefined || error.path[0] === alias);
  return errors.length > 0 ? { errors } : {};
}

/**
 * Mutation cases sent together, between two fingerprints of both databases:
 * when every one is refused, the tables must be as they were. A group with an
 * accepted mutation has each refused case sent again alone, fingerprinted
 * around it.
 */
const MUTATION_GROUP = 10;

/** Scope checks sent together (each its own request and caller). */
const SCOPE_GROUP = 5;

/**
 * How deep the selection of each root field goes: its own fields, and the
 * key of every object it returns (from the other subgraph too). Deeper
 * selections take no hostile argument and cost the run its case count.
 */
const SELECTION_DEPTH = 1;

const REGIONAL = new Set(['REGIONAL_HEAD', 'FOUNDATION_AGENT', 'MUTUAL_AGENT']);

function implementedIn(...schemas: GraphQLSchema[]): (kind: 'query' | 'mutation') => (field: string) => boolean {
  return (kind) => (field) =>
    schemas.some((schema) => {
      const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      return root?.getFields()[field]?.resolve !== undefined;
    });
}

function codesOf(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((error) =>
    typeof error.extensions?.code === 'string' ? error.extensions.code : 'NO_CODE',
  );
}

/** What went wrong with an answer, or null when it is acceptable: no 5xx, no code outside the list. */
function unacceptable(response: GraphQLResponse): string | null {
  if (response.status >= 500) return `HTTP ${response.status}: ${JSON.stringify(response.errors)}`;
  const refused = (response.errors ?? []).filter((error) => !ALLOWED_CODES.has(String(error.extensions?.code)));
  return refused.length > 0 ? JSON.stringify(refused) : null;
}

describe('hostile input through the gateway (property-based, from the supergraph schema)', () => {
  let platform: Platform;
  let foundation: Fingerprinter;
  let mutual: Fingerprinter;
  let known: KnownValues;
  let queries: GraphQLField<unknown, unknown>[];
  let mutations: GraphQLField<unknown, unknown>[];
  let callers: fc.Arbitrary<Caller>;
  let served: FieldFilter;
  const tally = new Map<string, number>();
  const count = (key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1);

  /**
   * Whether the GraphQL layer (the gateway's types, the subgraphs' scalars
   * and NUL guard) takes a case's variables: those it refuses would refuse a
   * whole batch, so they go alone.
   */
  let acceptsVariables: (hostile: Case) => boolean;

  beforeAll(async () => {
    const keepUsers = demoUsers().map((user) => user.caller.sub);
    platform = await startPlatform(
      {},
      {
        // A small copy of the demonstration data (three officers a region, the heads, the demonstration users, their families
        // and claims) so that every table of both databases can be fingerprinted around each mutation.
        prepareDatabases: async (foundationDb, mutualDb) => {
          await shrinkDatabase(foundationDb.superuserUrl, [
            `DELETE FROM officer WHERE matricule NOT IN (SELECT officer_matricule FROM head_appointment)
             AND matricule <> ALL(ARRAY[${keepUsers.map((sub) => `'${sub.replace(/'/g, "''")}'`).join(',')}]::text[])
             AND matricule NOT IN (SELECT matricule FROM (SELECT matricule, row_number() OVER (PARTITION BY region_code ORDER BY matricule) AS n FROM officer) s WHERE n <= 3)`,
          ]);
          const kept = await Fingerprinter.open(foundationDb.superuserUrl);
          const matricules = (await kept.query<{ matricule: string }>('SELECT matricule FROM officer')).map(
            (row) => row.matricule,
          );
          await kept.close();
          await shrinkDatabase(mutualDb.superuserUrl, [
            `DELETE FROM beneficiary WHERE officer_matricule <> ALL(ARRAY[${matricules.map((m) => `'${m}'`).join(',')}]::text[])`,
          ]);
        },
      },
    );
    foundation = await Fingerprinter.open(platform.foundation.db.superuserUrl);
    mutual = await Fingerprinter.open(platform.mutual.db.superuserUrl);
    const column = async (db: Fingerprinter, sql: string): Promise<string[]> =>
      (await db.query<{ v: string }>(sql)).map((row) => row.v);
    known = {
      regionCodes: await column(foundation, 'SELECT code AS v FROM region'),
      matricules: await column(foundation, 'SELECT matricule AS v FROM officer'),
      dependentIds: await column(foundation, 'SELECT id::text AS v FROM dependent'),
      claimIds: await column(mutual, 'SELECT id::text AS v FROM claim'),
      providerIds: await column(mutual, 'SELECT id::text AS v FROM provider'),
      otherIds: [
        ...(await column(
          foundation,
          'SELECT id::text AS v FROM head_appointment UNION ALL SELECT id::text FROM campaign UNION ALL SELECT id::text FROM programme UNION ALL SELECT id::text FROM application',
        )),
        ...(await column(mutual, 'SELECT id::text AS v FROM prior_authorisation')),
      ],
    };
    const schema = apiSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    const typed = apiSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    for (const scalar of [MoneyScalar, DateScalar, DateTimeScalar]) {
      const local = typed.getType(scalar.name);
      if (local instanceof GraphQLScalarType) local.parseValue = scalar.parseValue.bind(scalar);
    }
    const parsed = new Map<string, DocumentNode>();
    acceptsVariables = (hostile) => {
      const document = parsed.get(hostile.operation) ?? parse(hostile.operation);
      parsed.set(hostile.operation, document);
      const definition = document.definitions[0];
      if (definition?.kind !== Kind.OPERATION_DEFINITION) return false;
      return (
        !JSON.stringify(hostile.variables).includes('\\u0000') &&
        getVariableValues(typed, definition.variableDefinitions ?? [], hostile.variables).errors === undefined
      );
    };
    served = servedFields(
      apiSchema(readFileSync(path.join(path.dirname(SUPERGRAPH_PATH), 'published', 'supergraph.graphql'), 'utf8')),
    );
    const implemented = implementedIn(buildFoundationSchema(), buildMutualSchema());
    queries = rootFields(schema, 'query', implemented('query'));
    mutations = rootFields(schema, 'mutation', implemented('mutation'));
    const unimplemented = [
      ...rootFields(schema, 'query', (name) => !implemented('query')(name)),
      ...rootFields(schema, 'mutation', (name) => !implemented('mutation')(name)),
    ];
    if (unimplemented.length > 0)
      process.stdout.write(
        `Root fields in the contract without a resolver yet (not fuzzed): ${unimplemented.map((field) => field.name).join(', ')}\n`,
      );
    callers = fc.oneof(
      {
        weight: 9,
        arbitrary: fc
          .record({
            role: fc.constantFrom(...ROLES),
            region: fc.constantFrom(...REGION_CODES),
            sub: fc.oneof(fc.constantFrom(...known.matricules), fc.constant('hostile-user')),
          })
          .map((caller): Caller => ({ ...caller, region: REGIONAL.has(caller.role) ? caller.region : null })),
      },
      { weight: 1, arbitrary: fc.constantFrom(...demoUsers().map((user) => user.caller)) },
    );
  }, 180_000);
  afterAll(async () => {
    await foundation.close();
    await mutual.close();
    await platform.stop();
    process.stdout.write(
      `Hostile-input answers by outcome: ${JSON.stringify(Object.fromEntries([...tally].sort()))}\n`,
    );
  });

  const send = async (caller: Caller, hostile: Case): Promise<GraphQLResponse> =>
    platform.query(await platform.tokenFor(caller), hostile.operation, hostile.variables);

  /**
   * Queries go BATCH at a time, as aliases of one operation, each answered
   * by its own path. When the GraphQL layer refuses the operation as a whole
   * (one case's variable of the wrong type), every case is sent alone.
   */
  const sendBatch = async (caller: Caller, all: Case[]): Promise<[Case, GraphQLResponse][]> => {
    const token = await platform.tokenFor(caller);
    const alone = all.filter((hostile) => !acceptsVariables(hostile));
    const cases = all.filter((hostile) => acceptsVariables(hostile));
    const answeredAlone = await Promise.all(
      alone.map(async (hostile): Promise<[Case, GraphQLResponse]> => [
        hostile,
        await platform.query(token, hostile.operation, hostile.variables),
      ]),
    );
    if (cases.length === 0) return answeredAlone;
    const parts = cases.map((hostile, i) => batchPart(hostile, `c${i}_`));
    const operation = `query Hostile${
      parts.some((part) => part.declarations)
        ? `(${parts
            .map((part) => part.declarations)
            .filter(Boolean)
            .join(', ')})`
        : ''
    } { ${parts.map((part) => part.field).join(' ')} }`;
    const batch = await platform.query(
      token,
      operation,
      Object.fromEntries(parts.flatMap((part) => Object.entries(part.variables))),
    );
    if (batch.status !== 200 || batch.data === undefined || batch.data === null) {
      return [
        ...answeredAlone,
        ...(await Promise.all(
          cases.map(async (hostile): Promise<[Case, GraphQLResponse]> => [
            hostile,
            await platform.query(token, hostile.operation, hostile.variables),
          ]),
        )),
      ];
    }
    return [
      ...answeredAlone,
      ...cases.map((hostile, i): [Case, GraphQLResponse] => [
        hostile,
        { status: batch.status, data: { [hostile.field]: batch.data?.[`c${i}_`] }, ...errorsOf(batch, `c${i}_`) },
      ]),
    ];
  };

  it('a value a subgraph refuses before any resolver runs (a malformed Date, a NUL character) is BAD_USER_INPUT, not an unavailable service', async () => {
    const token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
    const response = await platform.query(
      token,
      'mutation($input: AppointHeadInput!) { appointHead(input: $input) { id } }',
      {
        input: {
          regionCode: 'FES',
          matricule: known.matricules[0],
          startDate: '2026-02-30',
          decisionReference: 'D-1',
          idempotencyKey: 'regression-malformed-date',
        },
      },
    );
    expect(response.status).toBeLessThan(500);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/startDate|Date/);
    const nul = await platform.query(token, 'query($m: ID!) { officer(matricule: $m) { matricule } }', { m: '\u0000' });
    expect(nul.status).toBeLessThan(500);
    expect(codesOf(nul)).toEqual(['BAD_USER_INPUT']);
  });

  it('every query, with hostile arguments, answers data or a documented refusal: never an internal error or a 5xx', async () => {
    const perField = Math.ceil((TOTAL * 0.8) / queries.length / BATCH);
    // A few fields at a time (each subgraph pools 10 connections), every field's run ending before the verdict.
    const runs = await inParallel(queries, 3, (field) =>
      fc
        .assert(
          fc.asyncProperty(
            callers,
            fc.array(caseArbitrary('query', field, known, SELECTION_DEPTH, served), {
              minLength: BATCH,
              maxLength: BATCH,
            }),
            async (caller, cases) => {
              for (const [hostile, response] of await sendBatch(caller, cases)) {
                for (const code of codesOf(response)) count(code);
                if (!response.errors) count('data');
                expect({ case: hostile, problem: unacceptable(response) }).toEqual({ case: hostile, problem: null });
              }
            },
          ),
          { numRuns: perField, endOnFailure: true, includeErrorInReport: true },
        )
        .then(
          () => ({ status: 'fulfilled' as const }),
          (reason: unknown) => ({ status: 'rejected' as const, reason }),
        ),
    );
    const failures = runs.flatMap((run) =>
      run.status === 'rejected' ? [run.reason instanceof Error ? run.reason.message : String(run.reason)] : [],
    );
    expect(failures).toEqual([]);
    expect(queries.length * perField * BATCH).toBeGreaterThanOrEqual(TOTAL * 0.8);
  }, 900_000);

  it('every mutation, with hostile input, is refused with a documented code and, refused, changes no table of either database', async () => {
    const perField = Math.ceil((TOTAL * 0.1) / mutations.length / MUTATION_GROUP);
    // The mutual applies the foundation's registry events in the background:
    // an accepted registry change reaches its tables a moment later. Both
    // databases are fingerprinted once the mutual has applied every event
    // written so far, so that what changes between two prints is what the
    // mutations in between did.
    const fingerprint = async (): Promise<{ foundation: DatabaseFingerprint; mutual: DatabaseFingerprint }> => {
      await waitForRegistryFeed(
        platform.mutual.server.url.replace(/\/graphql$/, '/ready'),
        platform.foundation.db.superuserUrl,
      );
      const [foundationPrint, mutualPrint] = await Promise.all([foundation.take(), mutual.take()]);
      return { foundation: foundationPrint, mutual: mutualPrint };
    };
    const isRefused = (field: string, response: GraphQLResponse): boolean =>
      response.data?.[field] === undefined || response.data[field] === null;
    let before = await fingerprint();
    let refused = 0;
    for (const field of mutations) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(caseArbitrary('mutation', field, known, 1, served), callers), {
            minLength: MUTATION_GROUP,
            maxLength: MUTATION_GROUP,
          }),
          async (group) => {
            const answers = await Promise.all(
              group.map(async ([hostile, caller]): Promise<[Case, Caller, GraphQLResponse]> => [
                hostile,
                caller,
                await send(caller, hostile),
              ]),
            );
            const after = await fingerprint();
            for (const [hostile, , response] of answers) {
              for (const code of codesOf(response)) count(code);
              expect({ case: hostile, problem: unacceptable(response) }).toEqual({ case: hostile, problem: null });
            }
            const accepted = answers.filter(([, , response]) => !isRefused(field.name, response));
            if (accepted.length === 0) {
              refused += answers.length;
              expect({ cases: group.map(([hostile]) => hostile), tables: after }).toEqual({
                cases: group.map(([hostile]) => hostile),
                tables: before,
              });
              before = after;
              return;
            }
            // An accepted mutation changed the tables: every refused case of the group is sent again alone, between fingerprints of its own.
            accepted.forEach(() => count(`accepted:${field.name}`));
            before = after;
            for (const [hostile, caller] of answers.filter(([, , response]) => isRefused(field.name, response))) {
              const response = await send(caller, hostile);
              const alone = await fingerprint();
              expect({ case: hostile, problem: unacceptable(response) }).toEqual({ case: hostile, problem: null });
              if (isRefused(field.name, response)) {
                refused++;
                expect({ case: hostile, tables: alone }).toEqual({ case: hostile, tables: before });
              } else {
                count(`accepted:${field.name}`);
              }
              before = alone;
            }
          },
        ),
        { numRuns: perField, endOnFailure: true, includeErrorInReport: true },
      );
    }
    expect(mutations.length * perField * MUTATION_GROUP).toBeGreaterThanOrEqual(TOTAL * 0.1);
    expect(refused).toBeGreaterThan(perField * MUTATION_GROUP);
  }, 300_000);

  it('random (role, region, record) combinations never return a record outside the caller’s scope', async () => {
    const officers = await foundation.query<{ matricule: string; region: string; head: boolean }>(
      'SELECT o.matricule, o.region_code AS region, EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule) AS head FROM officer o',
    );
    const claims = await mutual.query<{ id: string; handling: string; officer: string }>(
      'SELECT c.id::text, c.handling_region_code AS handling, b.officer_matricule AS officer FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id',
    );
    const applications = await foundation.query<{ id: string; region: string; officer: string }>(
      'SELECT id::text, region_code AS region, officer_matricule AS officer FROM application',
    );
    const officerRegion = new Map(officers.map((officer) => [officer.matricule, officer.region]));
    const claimRegion = new Map(claims.map((claim) => [claim.id, claim.handling]));
    // Heads' identities are public; their whole file follows the rules (checked through serviceStartDate).
    const visible = { officer: 0, claim: 0, application: 0, figures: 0, listed: 0 };
    const checks = fc.oneof(
      fc.constantFrom(...officers).map((officer) => ({ kind: 'officer' as const, officer })),
      fc.constantFrom(...claims).map((claim) => ({ kind: 'claim' as const, claim })),
      ...(applications.length > 0
        ? [fc.constantFrom(...applications).map((application) => ({ kind: 'application' as const, application }))]
        : []),
      fc.constantFrom(...known.regionCodes).map((region) => ({ kind: 'figures' as const, region })),
      fc
        .option(fc.constantFrom(...known.regionCodes), { nil: null })
        .map((region) => ({ kind: 'officers' as const, region })),
      fc
        .tuple(
          fc.option(fc.constantFrom(...known.regionCodes), { nil: null }),
          fc.constantFrom('AWAITING_CHECK', 'AWAITING_REVIEW', 'AWAITING_PAYMENT'),
        )
        .map(([region, stage]) => ({ kind: 'claimQueue' as const, region, stage })),
    );
    type Check = typeof checks extends fc.Arbitrary<infer T> ? T : never;
    const checkOne = async (caller: Caller, check: Check): Promise<void> => {
      const token = await platform.tokenFor(caller);
      switch (check.kind) {
        case 'officer': {
          const response = await platform.query<{
            officer: { matricule: string; serviceStartDate: string | null } | null;
          }>(token, 'query($m: ID!) { officer(matricule: $m) { matricule serviceStartDate } }', {
            m: check.officer.matricule,
          });
          expect(unacceptable(response)).toBeNull();
          if (response.data?.officer?.serviceStartDate) {
            visible.officer++;
            expect(mayReadOfficerFile(caller, check.officer)).toBe(true);
          }
          break;
        }
        case 'claim': {
          const response = await platform.query<{ claim: { id: string } | null }>(
            token,
            'query($id: ID!) { claim(id: $id) { id } }',
            { id: check.claim.id },
          );
          expect(unacceptable(response)).toBeNull();
          if (response.data?.claim) {
            visible.claim++;
            expect(
              mayReadClaim(caller, { handlingRegion: check.claim.handling, officerMatricule: check.claim.officer }),
            ).toBe(true);
          }
          break;
        }
        case 'application': {
          const response = await platform.query<{ application: { id: string } | null }>(
            token,
            'query($id: ID!) { application(id: $id) { id } }',
            { id: check.application.id },
          );
          expect(unacceptable(response)).toBeNull();
          if (response.data?.application) {
            visible.application++;
            expect(
              mayReadApplication(caller, {
                region: check.application.region,
                officerMatricule: check.application.officer,
              }),
            ).toBe(true);
          }
          break;
        }
        case 'figures': {
          const response = await platform.query<{ region: { staffCount: number } | null }>(
            token,
            'query($code: ID!) { region(code: $code) { staffCount } }',
            { code: check.region },
          );
          expect(unacceptable(response)).toBeNull();
          if (typeof response.data?.region?.staffCount === 'number') {
            visible.figures++;
            expect(mayReadRegionFigures(caller, check.region)).toBe(true);
          }
          break;
        }
        case 'officers': {
          const response = await platform.query<{ officers: { edges: { node: { matricule: string } }[] } | null }>(
            token,
            'query($r: ID) { officers(region: $r, first: 100) { edges { node { matricule } } } }',
            { r: check.region },
          );
          expect(unacceptable(response)).toBeNull();
          const scope = officerListScope(caller);
          for (const { node } of response.data?.officers?.edges ?? []) {
            visible.listed++;
            expect(inListScope(scope, officerRegion.get(node.matricule))).toBe(true);
          }
          break;
        }
        case 'claimQueue': {
          const response = await platform.query<{ claimQueue: { edges: { node: { id: string } }[] } | null }>(
            token,
            'query($r: ID, $s: ClaimQueueStage!) { claimQueue(stage: $s, region: $r, first: 100) { edges { node { id } } } }',
            { r: check.region, s: check.stage },
          );
          expect(unacceptable(response)).toBeNull();
          const scope = claimQueueScope(caller);
          for (const { node } of response.data?.claimQueue?.edges ?? []) {
            visible.listed++;
            expect(inListScope(scope, claimRegion.get(node.id))).toBe(true);
          }
          break;
        }
      }
    };
    // SCOPE_GROUP checks at a time, each with its own caller.
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(callers, checks), { minLength: SCOPE_GROUP, maxLength: SCOPE_GROUP }),
        async (group) => {
          await Promise.all(group.map(([caller, check]) => checkOne(caller, check)));
        },
      ),
      { numRuns: Math.ceil((TOTAL * 0.1) / SCOPE_GROUP), endOnFailure: true, includeErrorInReport: true },
    );
    process.stdout.write(`Scope checks: records returned ${JSON.stringify(visible)}\n`);
    // Not vacuous: some combinations were in scope and answered.
    expect(visible.officer).toBeGreaterThan(0);
    expect(visible.claim).toBeGreaterThan(0);
    expect(visible.listed).toBeGreaterThan(0);
  }, 300_000);
});
