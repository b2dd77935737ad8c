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

export function requestArmor(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.maxDepth, exposeLimits: false, flattenFragments: true },
    maxAliases: { n: REQUEST_LIMITS.maxAliases, exposeLimits: false },
    costLimit: { maxCost: REQUEST_LIMITS.maxCost, exposeLimits: false },
    maxTokens: { n: REQUEST_LIMITS.maxTokens, exposeLimits: false },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives, exposeLimits: false },
    // Suggestions ("Did you mean …?") map the schema for an attacker.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
