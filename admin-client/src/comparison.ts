import type { Cell } from './csv';
import type { NationalComparisonQuery } from './gql/graphql';

// The national comparison's rows, as plain numbers, and what the page derives from them.
export type ComparisonRegion = NonNullable<NationalComparisonQuery['regions']>[number];

export interface ComparisonRow {
  code: string;
  nameFr: string;
  nameAr: string;
  staffCount: number;
  beneficiaryCount: number;
  socialPerBeneficiary: number | null;
  healthPerBeneficiary: number | null;
  approvalRate: number | null;
  processingDays: number | null;
}

const num = (value: string | null | undefined): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);

export function toRows(regions: readonly ComparisonRegion[]): ComparisonRow[] {
  return regions.map((r) => ({
    code: r.code,
    nameFr: r.nameFr,
    nameAr: r.nameAr,
    staffCount: r.staffCount,
    beneficiaryCount: r.beneficiaryCount,
    socialPerBeneficiary: num(r.social?.spendPerBeneficiary),
    healthPerBeneficiary: num(r.health?.reimbursementPerBeneficiary),
    approvalRate: r.social?.approvalRate ?? null,
    processingDays: r.health?.averageProcessingDays ?? null,
  }));
}

export type ColumnKey = Exclude<keyof ComparisonRow, 'nameAr'>;

export const csvHeader = [
  'code',
  'name_fr',
  'name_ar',
  'staff',
  'beneficiaries',
  'social_per_beneficiary_mad',
  'health_per_beneficiary_mad',
  'approval_rate',
  'average_processing_days',
];

export function csvRows(rows: readonly ComparisonRow[]): Cell[][] {
  return rows.map((r) => [
    r.code,
    r.nameFr,
    r.nameAr,
    r.staffCount,
    r.beneficiaryCount,
    r.socialPerBeneficiary,
    r.healthPerBeneficiary,
    r.approvalRate,
    r.processingDays,
  ]);
}
