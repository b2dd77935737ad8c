import { StatementCounter } from '@dsp/subgraph-kit';
import {
  activeOfficers,
  agent,
  expectNoErrors,
  head,
  openCampaign,
  submit,
  underReview,
} from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

/**
 * What a workflow change costs the database, statement by statement: each
 * one is a round trip the head or the agent waits for, and work for the
 * processor every other caller shares (README "Performance").
 */
const counter = new StatementCounter();
let foundation: FoundationUnderTest;
let campaignId: string;

beforeAll(async () => {
  foundation = await startFoundationUnderTest({ queryLogger: counter });
  campaignId = await openCampaign(foundation, { allocations: [{ region: 'FES', allocated: '100000.00', quota: 50 }] });
});

afterAll(async () => {
  await foundation.stop();
});

// The change's answer alone: what else a client selects (the officer, the region...) costs its own reads.
const ANSWER = 'id status version';
const START_REVIEW = `mutation ($input: ApplicationChangeInput!) { startApplicationReview(input: $input) { ${ANSWER} } }`;
const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { ${ANSWER} } }`;
type Answer = { id: string; status: string; version: number };

/** The statements that read one application's row by its id, inside the write. */
const rowReads = (): string[] =>
  counter.statements.filter((text) => /FROM application WHERE id = \$1/.test(text.replace(/\s+/g, ' ')));

describe("an application's workflow changes", () => {
  it('start a review reading the row once, the update answering it as changed', async () => {
    const [matricule] = await activeOfficers(foundation, 'FES', 1, 0);
    const submitted = await submit(foundation, agent('FES'), campaignId, matricule);
    counter.reset();
    const started = expectNoErrors(
      await foundation.query<{ startApplicationReview: Answer }>(
        START_REVIEW,
        { input: { applicationId: submitted.id, expectedVersion: submitted.version } },
        agent('FES'),
      ),
    ).startApplicationReview;
    expect(started).toMatchObject({ status: 'UNDER_REVIEW', version: submitted.version + 1 });
    expect(rowReads()).toHaveLength(1);
    // Where the application belongs; START with the settings; its row; the update; the audit record; the answer; COMMIT.
    expect(counter.count).toBe(7);
  });

  it("decide one in eight statements, the head's region confirmed first, and audit the row as the update left it", async () => {
    const [matricule] = await activeOfficers(foundation, 'FES', 1, 1);
    const application = await underReview(foundation, 'FES', campaignId, matricule);
    counter.reset();
    const decided = expectNoErrors(
      await foundation.query<{ decideApplication: Answer }>(
        DECIDE,
        {
          input: {
            applicationId: application.id,
            decision: 'REJECT',
            reasonCode: 'INCOMPLETE_FILE',
            reason: 'Certificat de scolarité manquant',
            expectedVersion: application.version,
          },
        },
        head('FES'),
      ),
    ).decideApplication;
    expect(decided).toMatchObject({ status: 'REJECTED', version: application.version + 1 });
    expect(rowReads()).toHaveLength(1);
    expect(counter.count).toBe(8);
    const [trail] = await foundation.sql<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_record WHERE entity = 'application' AND entity_id = $1 AND action = 'REJECT'`,
      [application.id],
    );
    expect(trail?.after).toMatchObject({
      status: 'REJECTED',
      decisionReasonCode: 'INCOMPLETE_FILE',
      decisionReason: 'Certificat de scolarité manquant',
      version: application.version + 1,
    });
  });
});
