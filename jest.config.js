// `npm test` runs every workspace's tests in one jest run (one PostgreSQL);
// `npm test -w <workspace>` runs one workspace's alone.
module.exports = {
  // Per-project settings do not carry a timeout when jest runs several projects.
  testTimeout: 60_000,
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
