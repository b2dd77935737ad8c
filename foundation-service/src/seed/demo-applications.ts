import { REGION_CODES, type DemoDependent, type DemoHead, type DemoOfficer, type Random } from '@dsp/common';
import type { ApplicationStatus, ProgrammeKind } from '../generated/graphql';
import { REJECTION_REASONS, type SeedProgramme } from './catalogue';

export interface SeedCampaign {
  id: string;
  programme: SeedProgramme;
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
  decisionReason: string | null;
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
}

export interface SeedActivity {
  applications: SeedApplication[];
  allocations: SeedAllocation[];
  disbursements: SeedDisbursement[];
}

/** Every status, so that each region's first applications show all of them. */
const STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'WAITLISTED', 'REJECTED', 'PAID', 'WITHDRAWN'];
/** After the first seven, statuses as a season winds down: mostly decided and paid. */
const LATER_STATUSES: readonly ApplicationStatus[] = ['PAID', 'PAID', 'PAID', 'APPROVED', 'APPROVED', 'REJECTED', 'REJECTED', 'UNDER_REVIEW', 'SUBMITTED', 'WAITLISTED', 'WITHDRAWN'];
/** Nothing in the demonstration happens after this instant, so no date lies in the future of the data. */
const LAST_EVENT = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;
const REFERENCE_YEAR = 2026;

interface Applicant {
  officer: DemoOfficer;
  dependent: DemoDependent | null;
}

function age(birthDate: string): number {
  return REFERENCE_YEAR - Number(birthDate.slice(0, 4));
}

/** Who may apply to each kind of programme (simplified demonstration rules). */
function applicantsFor(kind: ProgrammeKind, officers: readonly DemoOfficer[], dependentsOf: ReadonlyMap<string, DemoDependent[]>): Applicant[] {
  const living = officers.filter((officer) => officer.status === 'ACTIVE' || officer.status === 'RETIRED');
  const children = (filter: (child: DemoDependent) => boolean): Applicant[] =>
    officers.flatMap((officer) =>
      (dependentsOf.get(officer.matricule) ?? []).filter((d) => d.relation === 'CHILD' && filter(d)).map((dependent) => ({ officer, dependent })),
    );
  const selves = (list: readonly DemoOfficer[]): Applicant[] => list.map((officer) => ({ officer, dependent: null }));
  switch (kind) {
    case 'HAJJ':
      return selves(living.filter((officer) => age(officer.birthDate) >= 40));
    case 'SUMMER_CAMP':
      return children((child) => age(child.birthDate) >= 6 && age(child.birthDate) <= 15);
    case 'SCHOOL_SUPPORT':
      return children((child) => age(child.birthDate) >= 6 && age(child.birthDate) <= 18);
    case 'SCHOLARSHIP':
      return children((child) => child.studentUntil !== null);
    case 'HOUSING':
      return selves(officers.filter((officer) => officer.status === 'ACTIVE'));
    case 'EXCEPTIONAL_AID': {
      const bereaved = officers
        .filter((officer) => officer.status === 'DECEASED' || officer.status === 'KILLED_ON_DUTY')
        .flatMap((officer) => (dependentsOf.get(officer.matricule) ?? []).map((dependent) => ({ officer, dependent })));
      return [...bereaved, ...selves(living)];
    }
    case 'EID_GRANT':
      return selves(living);
  }
}

function between(random: Random, from: number, to: number): Date {
  return new Date(from + Math.floor(random.next() * Math.max(1, to - from)));
}

/**
 * Applications for every campaign in every region, with allocations whose
 * quota and budget always cover the approvals (so the demonstration never
 * shows an overspent region), and a disbursement for each paid application.
 */
export function demoActivity(
  random: Random,
  campaigns: readonly SeedCampaign[],
  officers: readonly DemoOfficer[],
  dependents: readonly DemoDependent[],
  heads: readonly DemoHead[],
): SeedActivity {
  const dependentsOf = new Map<string, DemoDependent[]>();
  for (const dependent of dependents) dependentsOf.set(dependent.officerMatricule, [...(dependentsOf.get(dependent.officerMatricule) ?? []), dependent]);
  const activity: SeedActivity = { applications: [], allocations: [], disbursements: [] };

  for (const regionCode of REGION_CODES) {
    const regionOfficers = officers.filter((officer) => officer.regionCode === regionCode);
    const head = heads.find((h) => h.regionCode === regionCode)?.matricule ?? null;
    let serial = 0;
    for (const campaign of campaigns) {
      const { benefitAmount, opensOn, closesOn } = campaign.programme.campaign;
      const pool = applicantsFor(campaign.programme.kind, regionOfficers, dependentsOf);
      const wanted = Math.min(pool.length, Math.ceil(regionOfficers.length / 40) + random.int(3, 6));
      const chosen = new Set<number>();
      while (chosen.size < wanted) chosen.add(random.int(0, pool.length - 1));
      let approved = 0;
      for (const index of [...chosen].sort((a, b) => a - b)) {
        const applicant = pool[index];
        if (!applicant) continue;
        const status = serial < STATUSES.length ? STATUSES[serial] : random.pick(LATER_STATUSES);
        serial++;
        if (!status) continue;
        const submittedAt = between(random, Date.parse(`${opensOn}T08:00:00Z`), Math.min(Date.parse(`${closesOn}T17:00:00Z`), LAST_EVENT - 30 * DAY));
        const decided = status === 'APPROVED' || status === 'PAID' || status === 'REJECTED' || status === 'WAITLISTED';
        const decidedAt = decided ? between(random, submittedAt.getTime() + 2 * DAY, Math.min(submittedAt.getTime() + 25 * DAY, LAST_EVENT)) : null;
        const id = random.uuid();
        activity.applications.push({
          id,
          campaignId: campaign.id,
          officerMatricule: applicant.officer.matricule,
          dependentId: applicant.dependent?.id ?? null,
          regionCode,
          status,
          amount: benefitAmount,
          submittedAt,
          decidedAt,
          decidedBy: decided ? head : null,
          decisionReason:
            status === 'REJECTED'
              ? random.pick(REJECTION_REASONS)
              : status === 'WAITLISTED'
                ? 'Quota régional atteint : inscrit sur la liste d’attente'
                : status === 'APPROVED' || status === 'PAID'
                  ? 'Dossier complet, conditions remplies'
                  : null,
        });
        if (status === 'APPROVED' || status === 'PAID') approved++;
        if (status === 'PAID' && decidedAt) {
          activity.disbursements.push({
            applicationId: id,
            regionCode,
            amount: benefitAmount,
            paidAt: between(random, decidedAt.getTime() + DAY, Math.min(decidedAt.getTime() + 15 * DAY, LAST_EVENT + DAY)),
            reference: `OV-${REFERENCE_YEAR}-${regionCode}-${String(activity.disbursements.length + 1).padStart(5, '0')}`,
          });
        }
      }
      const quota = approved + random.int(1, 6);
      activity.allocations.push({ campaignId: campaign.id, regionCode, quota, allocated: benefitAmount * BigInt(quota) });
    }
  }
  return activity;
}
