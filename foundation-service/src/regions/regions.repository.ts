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
   * status, so that widows and orphans of deceased officers count.
   */
  async counts(codes: readonly string[]): Promise<RegionCounts[]> {
    const rows: Array<{ region_code: string; staff: number; beneficiaries: number }> = await this.manager.query(
      `SELECT o.region_code,
              count(*) FILTER (WHERE o.status = 'ACTIVE')::int AS staff,
              (count(*) FILTER (WHERE o.status IN ('ACTIVE', 'RETIRED')) + coalesce(sum(d.n), 0))::int AS beneficiaries
         FROM officer o
         LEFT JOIN LATERAL (SELECT count(*) AS n FROM dependent WHERE dependent.officer_matricule = o.matricule) d ON true
        WHERE o.region_code = ANY($1)
        GROUP BY o.region_code`,
      [codes],
    );
    return rows.map((row) => ({ regionCode: row.region_code, staff: row.staff, beneficiaries: row.beneficiaries }));
  }
}
