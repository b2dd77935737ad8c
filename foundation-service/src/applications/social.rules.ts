import { divideRounded } from '@dsp/common';
import { byProgrammeKind } from '../programmes/programme-order';
import type { ProgrammeFigures } from './applications.repository';
import type { BudgetModel, ProgrammeSocialModel, RegionSocialModel } from './social.model';

function budgetOf(rows: readonly ProgrammeFigures[]): BudgetModel {
  return rows.reduce<BudgetModel>(
    (sum, row) => ({
      allocated: sum.allocated + BigInt(row.allocated),
      committed: sum.committed + BigInt(row.committed),
      disbursed: sum.disbursed + BigInt(row.disbursed),
    }),
    { allocated: 0n, committed: 0n, disbursed: 0n },
  );
}

/**
 * A region's social figures for a year from its per-programme rows: the
 * budget and open applications of the year's campaigns, approvals and
 * decisions dated in the year, and the money paid in the year per
 * beneficiary (the people reached are resolved on their own, when asked).
 */
export function composeRegionSocial(
  regionCode: string,
  year: number,
  rows: readonly ProgrammeFigures[],
  beneficiaries: number,
): RegionSocialModel {
  const sorted = [...rows].sort((a, b) =>
    byProgrammeKind({ kind: a.programmeKind, id: a.programmeId }, { kind: b.programmeKind, id: b.programmeId }),
  );
  const approved = sum(sorted.map((row) => row.approvedInYear));
  const decided = sum(sorted.map((row) => row.decidedInYear));
  const programmes: ProgrammeSocialModel[] = sorted.map((row) => ({
    programmeId: row.programmeId,
    openApplications: row.open,
    approvedThisYear: row.approvedInYear,
    budget: budgetOf([row]),
  }));
  return {
    regionCode,
    year,
    openApplications: sum(sorted.map((row) => row.open)),
    approvedThisYear: approved,
    decidedThisYear: decided,
    approvalRate: decided === 0 ? null : approved / decided,
    budget: budgetOf(sorted),
    spendPerBeneficiary: divideRounded(
      sorted.reduce((total, row) => total + BigInt(row.paidInYear), 0n),
      BigInt(beneficiaries),
    ),
    programmes,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
