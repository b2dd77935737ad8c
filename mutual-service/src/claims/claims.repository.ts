import { isUuid } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import { ClaimLineEntity } from './claim-line.entity';
import { ClaimEntity } from './claim.entity';

/** Where a claim belongs, whoever asks. */
export interface ClaimScopeRow {
  id: string;
  beneficiaryId: string;
  handlingRegionCode: string;
  officerMatricule: string;
  linkEnded: boolean;
}

export class ClaimsRepository {
  constructor(private readonly manager: EntityManager) {}

  byIds(ids: readonly string[]): Promise<ClaimEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.getRepository(ClaimEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: valid }).getMany();
  }

  /**
   * Where these claims belong (handling region, officer), through the
   * claim_scope function: enough to refuse with FORBIDDEN, nothing more.
   */
  scopes(ids: readonly string[]): Promise<ClaimScopeRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.query(
      `SELECT id, beneficiary_id AS "beneficiaryId", handling_region_code AS "handlingRegionCode", officer_matricule AS "officerMatricule",
              link_ended AS "linkEnded"
       FROM claim_scope($1::uuid[])`,
      [valid],
    );
  }

  /** The claims of these people the caller may see (row-level security), newest submission first. */
  ofBeneficiaries(personIds: readonly string[]): Promise<ClaimEntity[]> {
    return this.manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .where('c.beneficiaryId = ANY(:ids)', { ids: personIds })
      .orderBy('c.submittedAt', 'DESC')
      .addOrderBy('c.reference', 'DESC')
      .getMany();
  }

  linesOf(claimIds: readonly string[]): Promise<ClaimLineEntity[]> {
    return this.manager
      .getRepository(ClaimLineEntity)
      .createQueryBuilder('l')
      .where('l.claimId = ANY(:ids)', { ids: claimIds })
      .orderBy('l.claimId', 'ASC')
      .addOrderBy('l.lineNumber', 'ASC')
      .getMany();
  }
}
