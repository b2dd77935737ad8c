import type { EntityManager } from 'typeorm';
import type { ApplicationScope, OfficerIdentityScope } from './policy';

export interface DependentScope {
  id: string;
  officerMatricule: string;
  /** The region of the officer the dependent depends on. */
  regionCode: string;
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

  async dependents(ids: readonly string[]): Promise<DependentScope[]> {
    const rows: Array<{ id: string; officer_matricule: string; region_code: string }> = await this.manager.query(
      'SELECT id, officer_matricule, region_code FROM dependent_scope($1::uuid[])',
      [ids],
    );
    return rows.map((row) => ({ id: row.id, officerMatricule: row.officer_matricule, regionCode: row.region_code }));
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
