import { loadConfig } from '../config';

const saved = { ...process.env };
const SETTINGS = [
  'CLAIM_TARGET_DAYS',
  'SOLIDARITY_THRESHOLD',
  'REGISTRY_FEED_MAX_LAG_SECONDS',
  'MUTUAL_SERVICE_SIGNING_KEY',
];

function withEnv(variables: Record<string, string>): void {
  process.env = { ...saved, MUTUAL_DATABASE_URL: 'postgres://app@db/mutual', ...variables };
  for (const name of SETTINGS) if (!(name in variables)) delete process.env[name];
}

describe('the supervision settings', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  it('default to a 15-day claim target, 5,000 MAD and 900 seconds', () => {
    withEnv({});
    expect(loadConfig()).toMatchObject({
      claimTargetDays: 15,
      solidarityThreshold: 500_000n,
      registryFeedMaxLagSeconds: 900,
    });
  });

  it('are read from the environment, the threshold in whole MAD', () => {
    withEnv({ CLAIM_TARGET_DAYS: '20', SOLIDARITY_THRESHOLD: '8000', REGISTRY_FEED_MAX_LAG_SECONDS: '60' });
    expect(loadConfig()).toMatchObject({
      claimTargetDays: 20,
      solidarityThreshold: 800_000n,
      registryFeedMaxLagSeconds: 60,
    });
  });

  it('refuse a target past the histogram, a threshold that is not a whole number, in one line each', () => {
    withEnv({ CLAIM_TARGET_DAYS: '61' });
    expect(() => loadConfig()).toThrow(/^CLAIM_TARGET_DAYS must be a whole number from 1 to 60; got "61"\.$/);
    withEnv({ SOLIDARITY_THRESHOLD: '5000.50' });
    expect(() => loadConfig()).toThrow(/^SOLIDARITY_THRESHOLD must be a whole number/);
  });
});
