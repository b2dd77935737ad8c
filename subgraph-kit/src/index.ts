// What a subgraph service needs beside @dsp/common: its database (TypeORM, the request scope, migrations, bulk loads), writes (audit, idempotency, versioned updates), the subgraph server and the documents' machinery (stores, tickets, encryption, routes).
export * from './database/application-role';
export * from './database/batch';
export * from './database/bulk-load';
export * from './database/caller-scope';
export * from './database/connection';
export * from './database/data-source';
export * from './database/hardening';
export * from './database/pool-stats';
export * from './database/request-scope';
export * from './database/statement-counter';
export * from './server/refuse-nul';
export * from './server/service';
export * from './server/subgraph-server';
export * from './writes/audit';
export * from './writes/idempotency';
export * from './writes/versioned-update';
export * from './documents';
