// Shared jest settings for every workspace: TypeScript through ts-jest
// (transpile only; `npm run build` type-checks), the shared packages read from
// their sources so no build is needed to test, and one real PostgreSQL per run.
const path = require('node:path');

const testing = path.join(__dirname, 'testing', 'src');

// jose ships ES modules only; Node 20.19+ loads them with require(), but
// jest's module system does not, so jest gets them converted (the admin
// client's unit tests reach it through @dsp/tools and use this too).
const JOSE_TRANSFORM = {
  '^.+/node_modules/jose/.+\\.js$': [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs' }, diagnostics: false },
  ],
};
const JOSE_IGNORE_PATTERNS = ['/node_modules/(?!jose/)'];

/** @param {string} rootDir @param {string} displayName */
function preset(rootDir, displayName) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(rootDir, 'tsconfig.json'), diagnostics: false }],
      ...JOSE_TRANSFORM,
    },
    transformIgnorePatterns: JOSE_IGNORE_PATTERNS,
    moduleNameMapper: {
      '^@dsp/(common|subgraph-kit|demo|testing)$': path.join(__dirname, '$1', 'src', 'index.ts'),
      '^@dsp/common/tracing$': path.join(__dirname, 'common', 'src', 'tracing.ts'),
      '^@dsp/tools$': path.join(__dirname, 'tools', 'src', 'index.ts'),
      '^(foundation-service|mutual-service|gateway)$': path.join(__dirname, '$1', 'src', 'index.ts'),
    },
    globalSetup: path.join(testing, 'global-setup.ts'),
    globalTeardown: path.join(testing, 'global-teardown.ts'),
    setupFiles: [path.join(testing, 'setup-env.ts')],
    testTimeout: 60_000,
  };
}

module.exports = preset;
module.exports.JOSE_TRANSFORM = JOSE_TRANSFORM;
module.exports.JOSE_IGNORE_PATTERNS = JOSE_IGNORE_PATTERNS;
