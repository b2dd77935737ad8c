import { serviceDatabaseUrls, StartupError } from '@dsp/common';
import { loadConfig } from '../config';

const saved = { ...process.env };

function withEnv(variables: Record<string, string>): void {
  process.env = { ...saved, ...variables };
  for (const name of [
    'FOUNDATION_DATABASE_URL',
    'FOUNDATION_MIGRATION_DATABASE_URL',
    'FOUNDATION_PORT',
    'HOST',
    'FOUNDATION_HEAD_TERM_YEARS',
    'FOUNDATION_HEAD_MIN_SERVICE_YEARS',
    'FOUNDATION_HEAD_REQUIRED_TRAINING',
    'APPLICATION_TARGET_DAYS',
  ]) {
    if (!(name in variables)) delete process.env[name];
  }
}

describe('configuration', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  it('uses the documented defaults', () => {
    withEnv({ FOUNDATION_DATABASE_URL: 'postgres://app@db/foundation' });
    expect(loadConfig()).toEqual({
      port: 4001,
      host: '0.0.0.0',
      databaseUrl: 'postgres://app@db/foundation',
      headTermYears: 4,
      headMinServiceYears: 15,
      headRequiredTraining: 'SOCIAL_CASE_MANAGEMENT',
      applicationTargetDays: 30,
    });
  });

  it('reads the application decision target, refusing one out of range', () => {
    withEnv({ FOUNDATION_DATABASE_URL: 'postgres://x', APPLICATION_TARGET_DAYS: '45' });
    expect(loadConfig()).toMatchObject({ applicationTargetDays: 45 });
    withEnv({ FOUNDATION_DATABASE_URL: 'postgres://x', APPLICATION_TARGET_DAYS: '0' });
    expect(() => loadConfig()).toThrow(/^APPLICATION_TARGET_DAYS must be a whole number from 1 to 365; got "0"\.$/);
  });

  it('reads the port, host and head term from the environment', () => {
    withEnv({
      FOUNDATION_DATABASE_URL: 'postgres://x',
      FOUNDATION_PORT: '5001',
      HOST: '127.0.0.1',
      FOUNDATION_HEAD_TERM_YEARS: '2',
    });
    expect(loadConfig()).toMatchObject({ port: 5001, host: '127.0.0.1', headTermYears: 2 });
  });

  it('reads the head eligibility settings from the environment', () => {
    withEnv({
      FOUNDATION_DATABASE_URL: 'postgres://x',
      FOUNDATION_HEAD_MIN_SERVICE_YEARS: '10',
      FOUNDATION_HEAD_REQUIRED_TRAINING: 'LEADERSHIP',
    });
    expect(loadConfig()).toMatchObject({ headMinServiceYears: 10, headRequiredTraining: 'LEADERSHIP' });
  });

  it('explains a missing database URL or a malformed number in one line', () => {
    withEnv({});
    expect(() => loadConfig()).toThrow(StartupError);
    expect(() => loadConfig()).toThrow(/^FOUNDATION_DATABASE_URL is not set; set it to /);
    withEnv({ FOUNDATION_DATABASE_URL: 'postgres://x', FOUNDATION_HEAD_TERM_YEARS: 'four' });
    expect(() => loadConfig()).toThrow(
      /^FOUNDATION_HEAD_TERM_YEARS must be a whole number from 1 to 20; got "four"\.$/,
    );
    withEnv({ FOUNDATION_DATABASE_URL: 'postgres://x', FOUNDATION_PORT: '99999' });
    expect(() => loadConfig()).toThrow(/^FOUNDATION_PORT must be a whole number from 0 to 65535/);
  });

  it('migrates as the owner when given, else with the service URL', () => {
    withEnv({ FOUNDATION_DATABASE_URL: 'postgres://app', FOUNDATION_MIGRATION_DATABASE_URL: 'postgres://owner' });
    expect(serviceDatabaseUrls('FOUNDATION').migrationUrl).toBe('postgres://owner');
    withEnv({ FOUNDATION_DATABASE_URL: 'postgres://app' });
    expect(serviceDatabaseUrls('FOUNDATION').migrationUrl).toBe('postgres://app');
  });
});
