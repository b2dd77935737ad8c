// The client's unit tests: pure modules (statistics, CSV, tokens, sorting), no
// browser and no database. The browser tests live in e2e/src/__tests__/browser.
const { JOSE_TRANSFORM, JOSE_IGNORE_PATTERNS } = require('../jest.preset.js');

module.exports = {
  displayName: 'admin-client',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: { module: 'commonjs', target: 'ES2022', esModuleInterop: true, jsx: 'react-jsx' },
        diagnostics: false,
      },
    ],
    ...JOSE_TRANSFORM,
  },
  transformIgnorePatterns: JOSE_IGNORE_PATTERNS,
  testTimeout: 60_000,
};
