import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const MONEY_PATTERN = /^-?\d{1,15}(\.\d{1,2})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Formats centimes as the decimal string used on the wire: 125050n → "1250.50". */
export function formatMoney(centimes: bigint): string {
  const negative = centimes < 0n;
  const abs = negative ? -centimes : centimes;
  const units = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units.toString()}.${cents}`;
}

/** Parses a decimal MAD amount ("1250.5", "1250.50", "1250") into centimes. */
export function parseMoney(text: string): bigint {
  if (!MONEY_PATTERN.test(text)) {
    throw new GraphQLError(
      `Money must be a decimal string with at most two decimals, such as "1250.50"; got "${text}".`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  const negative = text.startsWith('-');
  const [units, cents = ''] = (negative ? text.slice(1) : text).split('.');
  const value = BigInt(units ?? '0') * 100n + BigInt(cents.padEnd(2, '0'));
  return negative ? -value : value;
}

function toCentimes(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  throw new GraphQLError('Money values are held as integer centimes internally.');
}

/**
 * Exact amounts in MAD. Resolvers return integer centimes (bigint, or the
 * string PostgreSQL gives for bigint/numeric); clients see "1250.50". Never a
 * float: national totals exceed both float precision and 32-bit integers.
 */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'An exact amount in Moroccan dirhams, as a decimal string such as "1250.50".',
  serialize: (value) => formatMoney(toCentimes(value)),
  parseValue: (value) => {
    if (typeof value !== 'string') {
      throw new GraphQLError('Money must be sent as a decimal string, such as "1250.50".', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseMoney(value);
  },
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Money must be written as a decimal string, such as "1250.50".', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseMoney(ast.value);
  },
});

function checkDate(text: string): string {
  const parsed = new Date(`${text}T00:00:00Z`);
  if (!DATE_PATTERN.test(text) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    throw new GraphQLError(`Dates are written YYYY-MM-DD; got "${text}".`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return text;
}

/** A calendar date, "2025-09-09". PostgreSQL `date` columns are read as these strings. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, written YYYY-MM-DD.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') return checkDate(value.slice(0, 10));
    throw new GraphQLError('Date values are held as YYYY-MM-DD strings internally.');
  },
  parseValue: (value) => {
    if (typeof value !== 'string')
      throw new GraphQLError('A Date is a YYYY-MM-DD string.', { extensions: { code: 'BAD_USER_INPUT' } });
    return checkDate(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('A Date is a YYYY-MM-DD string.', { extensions: { code: 'BAD_USER_INPUT' } });
    return checkDate(ast.value);
  },
});

/** An instant, ISO 8601 in UTC: "2026-03-14T09:30:00.000Z". */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 in UTC.',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Invalid DateTime value.');
    return date.toISOString();
  },
  parseValue: (value) => {
    const date = new Date(String(value));
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) {
      throw new GraphQLError('A DateTime is an ISO 8601 string.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) {
      throw new GraphQLError('A DateTime is an ISO 8601 string.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return date;
  },
});
