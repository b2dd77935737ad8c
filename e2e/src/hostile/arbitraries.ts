import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Hostile values for any argument of the API schema, derived from its types
 * alone: a mutation or query added later is covered without a change here.
 * Real identifiers of the demonstration data are mixed in, so that some
 * inputs get past the first checks and reach the deeper rules.
 */

/** Real values of the test data, by kind; `pick` chooses the kinds an argument name suggests. */
export interface KnownValues {
  regionCodes: string[];
  matricules: string[];
  dependentIds: string[];
  claimIds: string[];
  providerIds: string[];
  otherIds: string[];
}

/** One root field and its variables, as sent. */
export interface Case {
  field: string;
  operation: string;
  variables: Record<string, unknown>;
}

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085';
const SPECIAL = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  CONTROL,
  '\u202Eevil\u202C', // right-to-left override
  'مرحبا بالعالم',
  '\u200F\u200E\u2066\u2069',
  '\uFEFF',
  '\uD800', // a lone surrogate
  '\uDFFF\uD800',
  '😀👨‍👩‍👧‍👦',
  'Z̸̡̢̛̗̘̙̜̝̞̟̠',
  "'; DROP TABLE officer; --",
  '%',
  '_',
  '\\',
  '$1',
  'null',
  'undefined',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{"$gt": ""}',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'NaN',
  '-0',
  '1e309',
];

const hugeString = fc.oneof(
  fc.constantFrom(1_000, 10_000).map((length) => 'x'.repeat(length)),
  fc.constant('م'.repeat(3_000)),
  fc.constant('\u0000'.repeat(1_000)),
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL.split('')), maxLength: 12 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,120}$/) },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: hugeString },
);

const INT_EDGES = [0, 1, -1, 2, 2_147_483_647, -2_147_483_648, 100, 101, 1_000_000];
/** Beyond GraphQL's 32-bit Int or not integers at all: refused by the GraphQL layer. */
const INT_INVALID = [2_147_483_648, -2_147_483_649, 1e15, 1.5, Number.MAX_SAFE_INTEGER, '7', true];

function intArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }) },
    { weight: 3, arbitrary: fc.constantFrom(...INT_EDGES) },
    { weight: 3, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.constantFrom(...INT_INVALID) },
  );
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

function dateArbitrary(): fc.Arbitrary<unknown> {
  const today = Date.now();
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.integer({ min: -900, max: 200 }).map((days) => isoDay(new Date(today + days * DAY_MS))),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '0001-01-01',
        '1000-02-29',
        '1899-12-31',
        '1900-01-01',
        '1970-01-01',
        '2999-12-31',
        '9999-12-31',
        '4000-02-29',
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '2026-02-30',
        '2025-02-29',
        '2026-13-01',
        '2026-00-10',
        '2026-1-1',
        '26-01-01',
        '2026/01/01',
        '20260101',
        '+275760-09-13',
        '-000001-01-01',
        '2026-01-01T00:00:00Z',
        'today',
        '',
      ),
    },
    { weight: 1, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom(20260101, -1, 1.5e15) },
  );
}

function dateTimeArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString()),
    fc.constantFrom('2026-01-01T25:00:00Z', '2026-01-01', '2026-01-01T00:00:00+99:00', 'now', ''),
    hostileString,
  );
}

/** Amounts: valid ones, negative, zero, over-precise, huge, in the wrong notation or type. */
function moneyArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 99 }))
        .map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`),
    },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 100_000 }).map(String) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '-1',
        '-0.01',
        '0',
        '0.00',
        '-0',
        '0.001',
        '1.005',
        '12.345678',
        '99999999999999999999999999.99',
        '9223372036854775807',
        '92233720368547758.08',
        '1e3',
        '1E-2',
        'NaN',
        'Infinity',
        '',
        ' 12',
        '12,50',
        '12.5.0',
        '٣٤٥',
        '0x10',
        '+5',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(12.5, -3, 1e21, 0.1, null) },
    { weight: 1, arbitrary: hostileString },
  );
}

/** Identifiers: real ones (the kinds an argument's name suggests first), random UUIDs, hostile strings. */
function idArbitrary(name: string, known: KnownValues): fc.Arbitrary<unknown> {
  const lower = name.toLowerCase();
  const suggested = lower.includes('region')
    ? known.regionCodes
    : lower.includes('matricule')
      ? known.matricules
      : lower.includes('beneficiary')
        ? [...known.matricules, ...known.dependentIds]
        : lower.includes('dependent')
          ? known.dependentIds
          : lower.includes('provider')
            ? known.providerIds
            : lower.includes('claim') || lower === 'id'
              ? [...known.claimIds, ...known.otherIds]
              : known.otherIds;
  const all = [
    ...known.regionCodes,
    ...known.matricules,
    ...known.dependentIds,
    ...known.claimIds,
    ...known.providerIds,
    ...known.otherIds,
  ];
  return fc.oneof(
    { weight: 5, arbitrary: suggested.length > 0 ? fc.constantFrom(...suggested) : fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...all) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.integer({ min: 100000, max: 199999 }).map(String) },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom(42, -1, 1e300, true) },
  );
}

function stringArbitrary(name: string, known: KnownValues): fc.Arbitrary<unknown> {
  const lower = name.toLowerCase();
  const hints: fc.Arbitrary<unknown>[] = [];
  if (lower.includes('entity'))
    hints.push(
      fc.constantFrom(
        'head_appointment',
        'application',
        'campaign',
        'campaign_allocation',
        'disbursement',
        'claim',
        'prior_authorisation',
      ),
    );
  if (lower.includes('search')) hints.push(fc.constantFrom('said', 'محمد', 'É', '%', '_'));
  if (lower.includes('code')) hints.push(fc.constantFrom('J06.9', 'CONS-GP', 'I10', 'A00'));
  if (lower.includes('after')) hints.push(fc.base64String({ maxLength: 40 }));
  return fc.oneof(
    { weight: 6, arbitrary: hostileString },
    {
      weight: hints.length > 0 ? 4 : 1,
      arbitrary: hints.length > 0 ? fc.oneof(...hints) : fc.constantFrom(...known.regionCodes),
    },
    { weight: 1, arbitrary: fc.constantFrom(17, false, ['a'], { a: 1 }) },
  );
}

function scalarArbitrary(typeName: string, name: string, known: KnownValues): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID':
      return idArbitrary(name, known);
    case 'String':
      return stringArbitrary(name, known);
    case 'Int':
      return intArbitrary();
    case 'Float':
      return fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324));
    case 'Boolean':
      return fc.oneof({ weight: 9, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 0, 1) });
    case 'Date':
      return dateArbitrary();
    case 'DateTime':
      return dateTimeArbitrary();
    case 'Money':
      return moneyArbitrary();
    default:
      // A scalar added later: the hostile strings and numbers of every scalar.
      return fc.oneof(hostileString, intArbitrary(), moneyArbitrary());
  }
}

/**
 * A value for an input position. Nullable positions are sometimes null (or,
 * inside input objects, left out); a non-null position is null once in a
 * while, which the GraphQL layer must refuse.
 */
export function inputArbitrary(type: GraphQLInputType, name: string, known: KnownValues): fc.Arbitrary<unknown> {
  const nullable = !isNonNullType(type);
  const inner = getNullableType(type);
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = inputArbitrary(inner.ofType, name, known);
    value = fc.oneof(
      { weight: 9, arbitrary: fc.array(item, { maxLength: 5 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 20, maxLength: 60 }) },
      { weight: 1, arbitrary: item },
    );
  } else if (isEnumType(inner)) {
    const values = inner.getValues().map((entry) => entry.name);
    value = fc.oneof(
      { weight: 19, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', values[0]?.toLowerCase() ?? '', '') },
    );
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    value = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, inputArbitrary(field.type, field.name, known)])),
      { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) },
    );
  } else if (isScalarType(inner)) {
    value = scalarArbitrary(inner.name, name, known);
  } else {
    throw new Error(`unexpected input type ${String(inner)}`);
  }
  return nullable
    ? fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
    : fc.oneof({ weight: 49, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** Whether a field of an object type may be selected (see `servedFields`). */
export type FieldFilter = (type: string, field: string) => boolean;

/**
 * The fields the platform serves: those of the published supergraph, and
 * every field of a type it does not have yet. A field added to a published
 * type is contract ahead of its implementation until it is published
 * (`npm run schema:publish`), so it is selected from then on.
 */
export function servedFields(published: GraphQLSchema): FieldFilter {
  return (type, field) => {
    const known = published.getType(type);
    return !isObjectType(known) || field in known.getFields();
  };
}

/**
 * A selection of `type`: every served field without required arguments,
 * objects `depth` levels down, so that the resolvers behind the answer run too.
 */
export function selection(type: GraphQLOutputType, depth: number, served: FieldFilter): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter(
    (field) =>
      served(named.name, field.name) &&
      field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );
  const parts = fields.map((field) =>
    isLeafType(getNamedType(field.type)) ? field.name : `${field.name} ${selection(field.type, depth - 1, served)}`,
  );
  return `{ __typename ${parts.join(' ')} }`;
}

/** Root fields of one kind with a resolver: the others are contract without an implementation yet. */
export function rootFields(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation',
  implemented: (field: string) => boolean,
): GraphQLField<unknown, unknown>[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).filter((field) => implemented(field.name));
}

/** The arbitrary of one root field's cases: the operation is fixed, the variables random. */
export function caseArbitrary(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  known: KnownValues,
  depth: number,
  served: FieldFilter,
): fc.Arbitrary<Case> {
  const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const argumentList = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const operation = `${kind} Hostile${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''} ${selection(field.type, depth, served)} }`;
  const variables = fc.record(
    Object.fromEntries(field.args.map((arg) => [arg.name, inputArbitrary(arg.type, arg.name, known)])),
    {
      requiredKeys: field.args
        .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
        .map((arg) => arg.name),
    },
  );
  return variables.map((values) => ({ field: field.name, operation, variables: values }));
}
