// `npm test` runs every workspace's tests in one jest run (one PostgreSQL);
// `npm test -w <workspace>` runs one workspace's alone.
const { availableParallelism } = require('node:os');

module.exports = {
  // Per-project settings do not carry a timeout when jest runs several projects.
  testTimeout: 60_000,
  // Test files in two processes at least: jest's default (one fewer than the
  // cores) is one on a 2-core machine, which left a core idle for most of the
  // run while a file waited on its browser, its servers or PostgreSQL. Every
  // file has its own databases and servers on free ports, so files do not see
  // each other; on 2 cores the whole run went from 1,012 to 749 s.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // A file still running after 15 minutes is named every 5 minutes, so a run
  // that never ends says which file it waits for.
  reporters: ['default', '<rootDir>/jest.running-files-reporter.js'],
  projects: [
    'common',
    'subgraph-kit',
    'demo',
    'testing',
    'foundation-service',
    'mutual-service',
    'gateway',
    'tools',
    'e2e',
    'admin-client',
  ].map((name) => `<rootDir>/${name}`),
};
