import { REGION_CODES } from '@dsp/common';
import { type DemoDependent, type DemoHead, type DemoOfficer, type Random } from '@dsp/demo';
import { APPLICATION_STATUSES } from '../applications/application.entity';
import type { ApplicationDecisionReason, ApplicationStatus, BeneficiaryKind } from '../generated/schema-types';
import {
  beneficiaryKindOf,
  rankingScore,
  refusal,
  validateRules,
  type CampaignRules,
} from '../programmes/eligibility.rules';
import { REJECTION_REASONS, type SeedProgramme } from './catalogue';

export interface SeedCampaign {
  id: string;
  programme: SeedProgramme;
  /** A past campaign: every application decided or withdrawn, the approved ones paid. */
  closed?: boolean;
}

export interface SeedApplication {
  id: string;
  campaignId: string;
  officerMatricule: string;
  dependentId: string | null;
  regionCode: string;
  status: ApplicationStatus;
  amount: bigint;
  submittedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReasonCode: ApplicationDecisionReason | null;
  decisionReason: string | null;
  rankingScore: number;
  beneficiaryKind: BeneficiaryKind;
}

export interface SeedAllocation {
  campaignId: string;
  regionCode: string;
  allocated: bigint;
  quota: number;
}

export interface SeedDisbursement {
  applicationId: string;
  regionCode: string;
  amount: bigint;
  paidAt: Date;
  reference: string;
  recordedBy: string;
}

export interface SeedActivity {
  applications: SeedApplication[];
  allocations: SeedAllocation[];
  disbursements: SeedDisbursement[];
}

/** After the first seven, statuses as a season winds down: mostly decided and paid. */
const LATER_STATUSES: readonly ApplicationStatus[] = [
  'PAID',
  'PAID',
  'PAID',
  'APPROVED',
  'APPROVED',
  'REJECTED',
  'REJECTED',
  'UNDER_REVIEW',
  'SUBMITTED',
  'WAITLISTED',
  'WITHDRAWN',
];
/** A closed campaign's statuses: mostly paid, some refused or withdrawn, none waiting (a waiting list ends with its campaign). */
const CLOSED_STATUSES: readonly ApplicationStatus[] = [
  'PAID',
  'PAID',
  'PAID',
  'PAID',
  'PAID',
  'PAID',
  'REJECTED',
  'REJECTED',
  'REJECTED',
  'WITHDRAWN',
];
/** Nothing in the demonstration happens after this instant, so no date lies in the future of the data. */
const LAST_EVENT = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;
const WITHDRAWAL_REASON = 'Désistement du demandeur';

interface Applicant {
  officer: DemoOfficer;
  dependent: DemoDependent | null;
  kind: BeneficiaryKind;
}

/**
 * Everyone in the region the campaign's rules accept at its opening (the
 * service's own rules, so the demonstration never shows an application the
 * API would refuse): each officer, then their dependents; scholarships also
 * need a student certificate.
 */
function applicantsFor(
  programme: SeedProgramme,
  rules: CampaignRules,
  officers: readonly DemoOfficer[],
  dependentsOf: ReadonlyMap<string, DemoDependent[]>,
  appliedElsewhere: ReadonlySet<string>,
): Applicant[] {
  const applicants: Applicant[] = [];
  for (const officer of officers) {
    for (const dependent of [null, ...(dependentsOf.get(officer.matricule) ?? [])]) {
      if (programme.studentsOnly && dependent?.studentUntil == null) continue;
      // Once in a lifetime: whoever applied in the programme's other campaign does not apply here too.
      if (
        rules.oncePerLifetime &&
        appliedElsewhere.has(beneficiaryKey(programme, officer.matricule, dependent?.id ?? null))
      )
        continue;
      const status = officer.status;
      const kind = beneficiaryKindOf(status, dependent?.relation ?? null);
      if (typeof kind !== 'string') continue;
      const birthDate = dependent?.birthDate ?? officer.birthDate;
      if (
        refusal(rules, programme.campaign.opensOn, {
          officerStatus: status,
          kind,
          birthDate,
          programmeBenefits: 0,
          familyApprovedInCampaign: 0,
        })
      )
        continue;
      applicants.push({ officer, dependent, kind });
    }
  }
  return applicants;
}

/** Who applied to a programme, whichever its campaign: the key `appliedElsewhere` holds. */
export function beneficiaryKey(programme: SeedProgramme, officerMatricule: string, dependentId: string | null): string {
  return `${programme.kind}:${officerMatricule}:${dependentId ?? ''}`;
}

function between(random: Random, from: number, to: number): Date {
  return new Date(from + Math.floor(random.next() * Math.max(1, to - from)));
}

/**
 * Applications for every campaign in every region, from beneficiaries the
 * campaign's rules accept, with their beneficiary kind and ranking score
 * (README "Ranking"), allocations whose quota and budget always cover the
 * approvals (so the demonstration never shows an overspent region; where
 * applications are waitlisted the quota is used up), and a disbursement for
 * each paid application. `appliedElsewhere` (beneficiaryKey) keeps the
 * beneficiaries of another campaign out of once-in-a-lifetime programmes.
 */
export function demoActivity(
  random: Random,
  campaigns: readonly SeedCampaign[],
  officers: readonly DemoOfficer[],
  dependents: readonly DemoDependent[],
  heads: readonly DemoHead[],
  appliedElsewhere: ReadonlySet<string> = new Set(),
): SeedActivity {
  const dependentsOf = new Map<string, DemoDependent[]>();
  for (const dependent of dependents)
    dependentsOf.set(dependent.officerMatricule, [...(dependentsOf.get(dependent.officerMatricule) ?? []), dependent]);
  const activity: SeedActivity = { applications: [], allocations: [], disbursements: [] };

  for (const regionCode of REGION_CODES) {
    const regionOfficers = officers.filter((officer) => officer.regionCode === regionCode);
    const head = heads.find((h) => h.regionCode === regionCode)?.matricule ?? null;
    const agent = `agent-${regionCode}`;
    let serial = 0;
    for (const campaign of campaigns) {
      const { benefitAmount, opensOn, closesOn, year } = campaign.programme.campaign;
      const rules = validateRules(campaign.programme.campaign.eligibility);
      const pool = applicantsFor(campaign.programme, rules, regionOfficers, dependentsOf, appliedElsewhere);
      const wanted = Math.min(pool.length, Math.ceil(regionOfficers.length / 40) + random.int(3, 6));
      const chosen = new Set<number>();
      while (chosen.size < wanted) chosen.add(random.int(0, pool.length - 1));
      let approved = 0;
      let waitlisted = 0;
      const familyApproved = new Map<string, number>();
      for (const index of [...chosen].sort((a, b) => a - b)) {
        const applicant = pool[index];
        if (!applicant) continue;
        // Each region's first applications of an open campaign show every status, then a season winding down.
        let status = campaign.closed
          ? random.pick(CLOSED_STATUSES)
          : serial < APPLICATION_STATUSES.length
            ? APPLICATION_STATUSES[serial]
            : random.pick(LATER_STATUSES);
        serial++;
        if (!status) continue;
        const family = applicant.officer.matricule;
        const approving = status === 'APPROVED' || status === 'PAID';
        // At most N per family: a family past its limit is refused, as the head would.
        if (approving && rules.maxPerFamily !== null && (familyApproved.get(family) ?? 0) >= rules.maxPerFamily)
          status = 'REJECTED';
        const submittedAt = between(
          random,
          Date.parse(`${opensOn}T08:00:00Z`),
          Math.min(Date.parse(`${closesOn}T17:00:00Z`), LAST_EVENT - 30 * DAY),
        );
        const decided = status === 'APPROVED' || status === 'PAID' || status === 'REJECTED' || status === 'WAITLISTED';
        const decidedAt = decided
          ? between(random, submittedAt.getTime() + 2 * DAY, Math.min(submittedAt.getTime() + 25 * DAY, LAST_EVENT))
          : status === 'WITHDRAWN'
            ? new Date(submittedAt.getTime() + 3 * DAY)
            : null;
        const id = random.uuid();
        const children = (dependentsOf.get(family) ?? []).filter((dependent) => dependent.relation === 'CHILD').length;
        activity.applications.push({
          id,
          campaignId: campaign.id,
          officerMatricule: family,
          dependentId: applicant.dependent?.id ?? null,
          regionCode,
          status,
          amount: benefitAmount,
          submittedAt,
          decidedAt,
          decidedBy: decided ? head : status === 'WITHDRAWN' ? agent : null,
          decisionReasonCode:
            status === 'REJECTED'
              ? random.pick(REJECTION_REASONS)
              : status === 'WAITLISTED'
                ? 'ROOM_FOR_HIGHER_RANKED'
                : null,
          // A withdrawal's reason is the words of whoever withdrew; a decision's code says it all.
          decisionReason: status === 'WITHDRAWN' ? WITHDRAWAL_REASON : null,
          rankingScore: rankingScore(
            rules,
            {
              officerStatus: applicant.officer.status,
              serviceStartDate: applicant.officer.serviceStartDate,
              children,
              programmeBenefits: 0,
            },
            submittedAt.toISOString().slice(0, 10),
          ),
          beneficiaryKind: applicant.kind,
        });
        if (status === 'APPROVED' || status === 'PAID') {
          approved++;
          familyApproved.set(family, (familyApproved.get(family) ?? 0) + 1);
        }
        if (status === 'WAITLISTED') waitlisted++;
        if (status === 'PAID' && decidedAt) {
          activity.disbursements.push({
            applicationId: id,
            regionCode,
            amount: benefitAmount,
            paidAt: between(
              random,
              decidedAt.getTime() + DAY,
              Math.min(decidedAt.getTime() + 15 * DAY, LAST_EVENT + DAY),
            ),
            reference: `OV-${year}-${regionCode}-${String(activity.disbursements.length + 1).padStart(5, '0')}`,
            recordedBy: agent,
          });
        }
      }
      // Room left for the applications still open, except where some are waitlisted: there the quota is used up.
      const spare = random.int(1, 6);
      const quota = waitlisted > 0 ? approved : approved + spare;
      activity.allocations.push({
        campaignId: campaign.id,
        regionCode,
        quota,
        allocated: benefitAmount * BigInt(quota),
      });
    }
  }
  return activity;
}
