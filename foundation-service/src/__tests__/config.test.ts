import { StartupError } from '@dsp/common';
import { loadConfig, migrationUrlFrom } from '../config';

describe('configuration', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({ FOUNDATION_DATABASE_URL: 'postgres://app@db/foundation' })).toEqual({
      port: 4001,
      host: '0.0.0.0',
      databaseUrl: 'postgres://app@db/foundation',
      headTermYears: 4,
    });
  });

  it('reads the port, host and head term from the environment', () => {
    expect(
      loadConfig({ FOUNDATION_DATABASE_URL: 'postgres://x', FOUNDATION_PORT: '5001', HOST: '127.0.0.1', FOUNDATION_HEAD_TERM_YEARS: '2' }),
    ).toMatchObject({ port: 5001, host: '127.0.0.1', headTermYears: 2 });
  });

  it('explains a missing database URL or a malformed number in one line', () => {
    expect(() => loadConfig({})).toThrow(StartupError);
    expect(() => loadConfig({})).toThrow(/FOUNDATION_DATABASE_URL is not set/);
    expect(() => loadConfig({ FOUNDATION_DATABASE_URL: 'postgres://x', FOUNDATION_HEAD_TERM_YEARS: 'four' })).toThrow(/FOUNDATION_HEAD_TERM_YEARS/);
    expect(() => loadConfig({ FOUNDATION_DATABASE_URL: 'postgres://x', FOUNDATION_PORT: '99999' })).toThrow(/FOUNDATION_PORT/);
  });

  it('migrates as the owner when given, else with the service URL', () => {
    expect(migrationUrlFrom({ FOUNDATION_DATABASE_URL: 'postgres://app', FOUNDATION_MIGRATION_DATABASE_URL: 'postgres://owner' })).toBe('postgres://owner');
    expect(migrationUrlFrom({ FOUNDATION_DATABASE_URL: 'postgres://app' })).toBe('postgres://app');
  });
});
