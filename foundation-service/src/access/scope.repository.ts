import type { EntityManager } from 'typeorm';
import type { ApplicationScope, OfficerIdentityScope } from './policy';

export interface DependentScope {
  id: string;
  officerMatricule: string;
  /** The region of the officer the dependent depends on. */
  regionCode: string;
}

/** A dependent's scope with the scope of the officer they depend on, read in the same statement. */
export interface DependentScopeRow extends DependentScope {
  officer: OfficerIdentityScope | null;
}

export interface ApplicationScopeRow extends ApplicationScope {
  id: string;
}

export interface AllocationScopeRow {
  id: string;
  regionCode: string;
}

export interface DisbursementScopeRow extends ApplicationScope {
  id: string;
}

/**
 * Where rows belong, whoever asks, through the SECURITY DEFINER functions of
 * the row-level security migration: the service needs it to tell "forbidden"
 * from "does not exist". Nothing else of the rows is returned.
 */
export class ScopeRepository {
  constructor(private readonly manager: EntityManager) {}

  async officers(matricules: readonly string[]): Promise<OfficerIdentityScope[]> {
    const rows: Array<{ matricule: string; region_code: string; is_head: boolean }> = await this.manager.query(
      'SELECT matricule, region_code, is_head FROM officer_scope($1::text[])',
      [matricules],
    );
    return rows.map((row) => ({ matricule: row.matricule, regionCode: row.region_code, isHead: row.is_head }));
  }

  /** With each dependent, their officer's scope: whoever reads a dependent usually reads the officer next. */
  async dependents(ids: readonly string[]): Promise<DependentScopeRow[]> {
    const rows: Array<{
      id: string;
      officer_matricule: string;
      region_code: string;
      officer_region_code: string | null;
      officer_is_head: boolean | null;
    }> = await this.manager.query(
      `WITH d AS (SELECT id, officer_matricule, region_code FROM dependent_scope($1::uuid[]))
       SELECT d.id, d.officer_matricule, d.region_code, o.region_code AS officer_region_code, o.is_head AS officer_is_head
         FROM d LEFT JOIN officer_scope(ARRAY(SELECT officer_matricule FROM d)) o ON o.matricule = d.officer_matricule`,
      [ids],
    );
    return rows.map((row) => ({
      id: row.id,
      officerMatricule: row.officer_matricule,
      regionCode: row.region_code,
      officer:
        row.officer_region_code === null
          ? null
          : {
              matricule: row.officer_matricule,
              regionCode: row.officer_region_code,
              isHead: row.officer_is_head === true,
            },
    }));
  }

  async applications(ids: readonly string[]): Promise<ApplicationScopeRow[]> {
    const rows: Array<{ id: string; officer_matricule: string; region_code: string }> = await this.manager.query(
      'SELECT id, officer_matricule, region_code FROM application_scope($1::uuid[])',
      [ids],
    );
    return rows.map((row) => ({ id: row.id, officerMatricule: row.officer_matricule, regionCode: row.region_code }));
  }

  async allocations(ids: readonly string[]): Promise<AllocationScopeRow[]> {
    const rows: Array<{ id: string; region_code: string }> = await this.manager.query(
      'SELECT id, region_code FROM allocation_scope($1::uuid[])',
      [ids],
    );
    return rows.map((row) => ({ id: row.id, regionCode: row.region_code }));
  }

  async disbursements(ids: readonly string[]): Promise<DisbursementScopeRow[]> {
    const rows: Array<{ id: string; officer_matricule: string; region_code: string }> = await this.manager.query(
      'SELECT id, officer_matricule, region_code FROM disbursement_scope($1::uuid[])',
      [ids],
    );
    return rows.map((row) => ({ id: row.id, officerMatricule: row.officer_matricule, regionCode: row.region_code }));
  }
}
