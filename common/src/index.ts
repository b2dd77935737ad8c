// What every service and the gateway need at run time: errors, scalars, identity, logging and metrics, HTTP start-up.
// No database code: that is @dsp/subgraph-kit, so the gateway loads neither TypeORM nor pg.
export * from './audit-actions';
export * from './calendar';
export * from './config/env';
export * from './cursors';
export * from './errors';
export * from './identity/caller';
export * from './identity/identity-token';
export * from './identity/keys';
export * from './identity/require-identity';
export * from './identity/user-token';
export * from './logger';
export * from './money';
export * from './observability/metrics';
export * from './observability/operation-names';
export * from './observability/request-id';
export * from './regions';
export * from './registry/events';
export * from './registry/service-token';
export * from './scalars';
export * from './search';
export * from './validation';
export * from './server/http-server';
export * from './server/graphql-endpoint';
export * from './server/mask-error';
export * from './server/run-service';
export * from './server/run-task';
