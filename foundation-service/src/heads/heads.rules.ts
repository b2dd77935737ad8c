import { addYears, todayUtc, wholeYearsBetween } from '@dsp/common';
import type { FoundationSettings } from '../context';
import type { HeadAppointmentEntity } from './head-appointment.entity';
import type { HeadRow } from './heads.repository';

/** The day a term reaches the configured limit: the start date plus the term's years. */
export function termEndsOn(appointment: Pick<HeadAppointmentEntity, 'startDate'>, termYears: number): string {
  return addYears(appointment.startDate, termYears);
}

/** A head still in office on or after the day the term limit is reached must rotate. */
export function isRotationDue(
  appointment: Pick<HeadAppointmentEntity, 'startDate' | 'endDate'>,
  termYears: number,
  today: string = todayUtc(),
): boolean {
  return appointment.endDate === null && today >= termEndsOn(appointment, termYears);
}

/** The eligibility rule an officer fails, named in the NOT_ELIGIBLE error's extensions.rule. */
export type EligibilityRule = 'ACTIVE_STATUS' | 'MIN_SERVICE_YEARS' | 'REQUIRED_TRAINING';

export type EligibilitySettings = Pick<FoundationSettings, 'headMinServiceYears' | 'headRequiredTraining'>;

export interface Candidate {
  status: string;
  serviceStartDate: string;
  trainingCodes: readonly string[];
}

/** The first eligibility rule the candidate fails at the start date, or null when eligible. */
export function failedEligibilityRule(
  candidate: Candidate,
  startDate: string,
  settings: EligibilitySettings,
): EligibilityRule | null {
  if (candidate.status !== 'ACTIVE') return 'ACTIVE_STATUS';
  if (wholeYearsBetween(candidate.serviceStartDate, startDate) < settings.headMinServiceYears)
    return 'MIN_SERVICE_YEARS';
  if (!candidate.trainingCodes.includes(settings.headRequiredTraining)) return 'REQUIRED_TRAINING';
  return null;
}

export function eligibilityMessage(rule: EligibilityRule, settings: EligibilitySettings): string {
  switch (rule) {
    case 'ACTIVE_STATUS':
      return 'Not eligible (ACTIVE_STATUS): a head must be an officer in active service.';
    case 'MIN_SERVICE_YEARS':
      return `Not eligible (MIN_SERVICE_YEARS): a head needs ${settings.headMinServiceYears} years of service at the start date.`;
    case 'REQUIRED_TRAINING':
      return `Not eligible (REQUIRED_TRAINING): a head must have completed the ${settings.headRequiredTraining} training.`;
  }
}

/** What the audit keeps of a head's term. */
export function appointmentSnapshot(row: HeadRow): Record<string, unknown> {
  return {
    id: row.id,
    regionCode: row.region_code,
    officerMatricule: row.officer_matricule,
    startDate: row.start_date,
    endDate: row.end_date,
    decisionReference: row.decision_reference,
    approvedBy: row.approved_by,
    version: row.version,
  };
}

/** A term as the registry feed carries it (named by region and start date on both sides). */
export function headTermEvent(type: 'HEAD_APPOINTED' | 'HEAD_TERM_ENDED', row: HeadRow, effectiveDate: string) {
  return {
    type,
    entity: 'head_term',
    entityId: `${row.region_code}:${row.start_date}`,
    effectiveDate,
    data: {
      term: {
        regionCode: row.region_code,
        officerMatricule: row.officer_matricule,
        startDate: row.start_date,
        endDate: row.end_date,
      },
    },
  } as const;
}
