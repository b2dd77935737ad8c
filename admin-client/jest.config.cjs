// The client's unit tests: pure modules (statistics, CSV, tokens, sorting), no
// browser and no database. The browser tests live in e2e/src/__tests__/browser.
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
    // jose (reached through @dsp/tools) ships ES modules only, which jest's module system cannot require on Node 20.
    '^.+/node_modules/jose/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs' }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testTimeout: 60_000,
};
