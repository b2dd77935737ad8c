// For tests and development only: the embedded PostgreSQL, throwaway databases, test identities and query-plan checks.
export * from './embedded-postgres';
export * from './graphql-client';
export * from './provision';
export * from './query-plans';
export * from './test-identity';
export * from './test-postgres';
