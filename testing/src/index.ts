// For tests and development only: the embedded PostgreSQL, throwaway databases, test identities, query-plan checks and an S3-compatible server.
export * from './embedded-postgres';
export * from './graphql-client';
export * from './provision';
export * from './query-plans';
export * from './s3-server';
export * from './sample-documents';
export * from './test-identity';
export * from './test-postgres';
