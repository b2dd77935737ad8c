import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one request may ask, checked before any subgraph is called.
 * The admin client's deepest operation (the officer file) is 5 levels deep
 * with no aliases; these leave room for it and little for abuse. Limits are
 * never revealed in error messages.
 */
export const REQUEST_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5_000,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Largest request body, in bytes. */
  maxBodyBytes: 100_000,
} as const;

/**
 * What a refused caller reads: what to do about it, never the limit itself.
 * graphql-armor's own message ("Query validation error.") says neither.
 */
export const LIMIT_MESSAGES = {
  depth:
    'The query reaches too deep into related records; ask for fewer levels and follow the rest in another request.',
  aliases: 'The query asks for the same fields under too many names; send fewer aliases, or several requests.',
  cost: 'The query asks for too much; ask for fewer items or fields.',
  tokens: 'The query is too long; ask for fewer items or fields.',
  directives: 'The query uses too many directives; send fewer.',
} as const;

const LIMIT_MESSAGE_SET: ReadonlySet<string> = new Set(Object.values(LIMIT_MESSAGES));
const SYNTAX_ERROR_PREFIX = 'Syntax Error: ';

/** graphql-armor reports its refusals prefixed as syntax errors; they are not: the prefix goes. */
export function withoutSyntaxErrorPrefix(message: string): string {
  const rest = message.startsWith(SYNTAX_ERROR_PREFIX) ? message.slice(SYNTAX_ERROR_PREFIX.length) : message;
  return LIMIT_MESSAGE_SET.has(rest) ? rest : message;
}

export function requestArmor(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: {
      n: REQUEST_LIMITS.maxDepth,
      exposeLimits: false,
      errorMessage: LIMIT_MESSAGES.depth,
      flattenFragments: true,
    },
    maxAliases: { n: REQUEST_LIMITS.maxAliases, exposeLimits: false, errorMessage: LIMIT_MESSAGES.aliases },
    costLimit: { maxCost: REQUEST_LIMITS.maxCost, exposeLimits: false, errorMessage: LIMIT_MESSAGES.cost },
    maxTokens: { n: REQUEST_LIMITS.maxTokens, exposeLimits: false, errorMessage: LIMIT_MESSAGES.tokens },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives, exposeLimits: false, errorMessage: LIMIT_MESSAGES.directives },
    // Suggestions ("Did you mean …?") map the schema for an attacker.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
