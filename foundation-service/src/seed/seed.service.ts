import { openDataSource } from '@dsp/subgraph-kit';
import { createRandom, demoPopulation } from '@dsp/demo';
import { createFoundationDataSource } from '../database';
import { officerSearchText } from '../officers/officers.rules';
import { validateRules } from '../programmes/eligibility.rules';
import { seedRegistryEvents } from '../registry/seed-events';
import { campaignYearBefore, PROGRAMMES, seedReferences } from './catalogue';
import { beneficiaryKey, demoActivity, type SeedCampaign } from './demo-applications';
import { SeedRepository } from './seed.repository';

/**
 * Fills an empty foundation database with the demonstration data: the shared
 * population (officers, trainings, dependents, the seventeen heads of
 * 9 September 2025), a programme of every kind with its 2026 campaign and
 * eligibility rules and the same campaign of 2025 (closed), per-region
 * allocations, applications in every status (with beneficiary kinds and
 * ranking scores) and the payments of paid ones. Deterministic, in one
 * transaction; a database that already has officers is left alone.
 */
export async function seedFoundation(ownerUrl: string): Promise<{ seeded: boolean }> {
  const dataSource = await openDataSource(
    createFoundationDataSource({ url: ownerUrl, poolSize: 1 }),
    'the foundation database',
    'FOUNDATION_MIGRATION_DATABASE_URL',
  );
  try {
    return await dataSource.transaction(async (manager) => {
      const repository = new SeedRepository(manager);
      if (!(await repository.lockAndCheckEmpty())) return { seeded: false };

      const population = demoPopulation();
      const random = createRandom(20260101);

      await repository.insert(
        'officer',
        [
          'matricule',
          'first_name_ar',
          'last_name_ar',
          'first_name_latin',
          'last_name_latin',
          'rank',
          'region_code',
          'status',
          'birth_date',
          'service_start_date',
          'search_text',
        ],
        population.officers.map((o) => [
          o.matricule,
          o.firstNameAr,
          o.lastNameAr,
          o.firstNameLatin,
          o.lastNameLatin,
          o.rank,
          o.regionCode,
          o.status,
          o.birthDate,
          o.serviceStartDate,
          officerSearchText(o),
        ]),
      );
      await repository.insert(
        'training',
        ['officer_matricule', 'code', 'title', 'completed_on'],
        population.officers.flatMap((o) => o.trainings.map((t) => [o.matricule, t.code, t.title, t.completedOn])),
      );
      await repository.insert(
        'dependent',
        [
          'id',
          'officer_matricule',
          'relation',
          'first_name_ar',
          'last_name_ar',
          'first_name_latin',
          'last_name_latin',
          'birth_date',
          'student_until',
          'disabled',
        ],
        population.dependents.map((d) => [
          d.id,
          d.officerMatricule,
          d.relation,
          d.firstNameAr,
          d.lastNameAr,
          d.firstNameLatin,
          d.lastNameLatin,
          d.birthDate,
          d.studentUntil,
          d.disabled,
        ]),
      );
      await seedRegistryEvents(repository, population);
      await repository.insert(
        'head_appointment',
        ['id', 'region_code', 'officer_matricule', 'start_date', 'decision_reference', 'approved_by'],
        population.heads.map((h) => [
          random.uuid(),
          h.regionCode,
          h.matricule,
          h.startDate,
          h.decisionReference,
          h.approvedBy,
        ]),
      );

      const campaigns: SeedCampaign[] = PROGRAMMES.map((programme) => ({ id: random.uuid(), programme }));
      const programmeIds = PROGRAMMES.map(() => random.uuid());
      // Last year's campaigns draw from their own stream, so this year's rows stay as they were.
      const previous = createRandom(20250101);
      const closedCampaigns: SeedCampaign[] = PROGRAMMES.map((programme) => ({
        id: previous.uuid(),
        programme: { ...programme, campaign: campaignYearBefore(programme.campaign) },
        closed: true,
      }));
      await repository.insert(
        'programme',
        ['id', 'kind', 'name_fr', 'name_ar'],
        PROGRAMMES.map((p, i) => [programmeIds[i], p.kind, p.nameFr, p.nameAr]),
      );
      await repository.insert(
        'campaign',
        ['id', 'programme_id', 'season', 'year', 'opens_on', 'closes_on', 'benefit_amount', 'eligibility'],
        // Both lists follow PROGRAMMES' order, so a campaign's programme is its index modulo their count.
        [...campaigns, ...closedCampaigns].map(({ id, programme: { campaign } }, i) => [
          id,
          programmeIds[i % PROGRAMMES.length],
          campaign.season,
          campaign.year,
          campaign.opensOn,
          campaign.closesOn,
          campaign.benefitAmount.toString(),
          JSON.stringify(validateRules(campaign.eligibility)),
        ]),
      );

      const current = demoActivity(random, campaigns, population.officers, population.dependents, population.heads);
      const earlier = demoActivity(
        previous,
        closedCampaigns,
        population.officers,
        population.dependents,
        population.heads,
        new Set(
          campaigns.flatMap(({ id, programme }) =>
            current.applications
              .filter((a) => a.campaignId === id)
              .map((a) => beneficiaryKey(programme, a.officerMatricule, a.dependentId)),
          ),
        ),
      );
      const activity = {
        allocations: [...current.allocations, ...earlier.allocations],
        applications: [...current.applications, ...earlier.applications],
        disbursements: [...current.disbursements, ...earlier.disbursements],
      };
      await repository.insert(
        'campaign_allocation',
        ['campaign_id', 'region_code', 'allocated', 'quota'],
        activity.allocations.map((a) => [a.campaignId, a.regionCode, a.allocated.toString(), a.quota]),
      );
      const references = seedReferences(activity.applications.map((a) => a.submittedAt));
      await repository.insert(
        'application',
        [
          'id',
          'reference',
          'campaign_id',
          'officer_matricule',
          'dependent_id',
          'region_code',
          'status',
          'amount',
          'submitted_at',
          'decided_at',
          'decided_by',
          'decision_reason_code',
          'decision_reason',
          'ranking_score',
          'beneficiary_kind',
        ],
        activity.applications.map((a, i) => [
          a.id,
          references[i],
          a.campaignId,
          a.officerMatricule,
          a.dependentId,
          a.regionCode,
          a.status,
          a.amount.toString(),
          a.submittedAt.toISOString(),
          a.decidedAt?.toISOString() ?? null,
          a.decidedBy,
          a.decisionReasonCode,
          a.decisionReason,
          a.rankingScore,
          a.beneficiaryKind,
        ]),
      );
      await repository.insert(
        'disbursement',
        ['application_id', 'region_code', 'amount', 'paid_at', 'reference', 'recorded_by'],
        activity.disbursements.map((d) => [
          d.applicationId,
          d.regionCode,
          d.amount.toString(),
          d.paidAt.toISOString(),
          d.reference,
          d.recordedBy,
        ]),
      );
      return { seeded: true };
    });
  } finally {
    await dataSource.destroy();
  }
}
