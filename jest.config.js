// `npm test` runs every workspace's tests in one jest run (one PostgreSQL);
// `npm test -w <workspace>` runs one workspace's alone.
module.exports = {
  projects: ['common', 'foundation-service', 'mutual-service', 'gateway', 'tools'].map((name) => `<rootDir>/${name}`),
};
