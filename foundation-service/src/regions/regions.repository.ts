import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { RegionEntity } from './region.entity';

/** Staff and beneficiary figures of one region. */
export interface RegionCounts {
  regionCode: string;
  staff: number;
  beneficiaries: number;
}

export class RegionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every region in announcement order. */
  all(): Promise<RegionEntity[]> {
    return this.manager.find(RegionEntity, { order: { position: 'ASC' } });
  }

  byCodes(codes: readonly string[]): Promise<RegionEntity[]> {
    return this.manager.find(RegionEntity, { where: { code: In([...codes]) } });
  }

  /**
   * Staff in service (ACTIVE) and beneficiaries: officers ACTIVE or RETIRED,
   * plus every dependent of the region's officers, whatever the officer's
   * status, so that widows and orphans of deceased officers count. Read from
   * region_staff_summary (kept by triggers with the registry, readable under
   * the registry's regional rule), not from the rows themselves.
   */
  async counts(codes: readonly string[]): Promise<RegionCounts[]> {
    const rows: Array<{ region_code: string; staff: number; beneficiaries: number }> = await this.manager.query(
      `SELECT region_code,
              coalesce(sum(officers) FILTER (WHERE status = 'ACTIVE'), 0)::int AS staff,
              (coalesce(sum(officers) FILTER (WHERE status IN ('ACTIVE', 'RETIRED')), 0) + sum(dependents))::int AS beneficiaries
         FROM region_staff_summary
        WHERE region_code = ANY($1)
        GROUP BY region_code`,
      [codes],
    );
    return rows.map((row) => ({ regionCode: row.region_code, staff: row.staff, beneficiaries: row.beneficiaries }));
  }
}
