import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { DependentEntity } from './dependent.entity';
import { OfficerEntity } from './officer.entity';
import { TrainingEntity } from './training.entity';

export interface OfficerFilter {
  regionCode: string | null;
  /** Folded search words; each must appear in the officer's search text. */
  words: readonly string[];
}

/** LIKE treats % and _ as wildcards and \ as its escape: a typed one must match itself. */
function likeContaining(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** pg_trgm looks up the three-character runs of a LIKE pattern: a shorter word gives the index nothing to look up. */
const TRIGRAM = 3;

/**
 * How many officers a caller may read, within :countRegion when `inRegion`,
 * without reading officer rows in bulk: the region_staff_summary rows the
 * caller may read (those of the regions whose registry it reads, by the same
 * rule as officer rows) give every officer of those regions, and the only
 * other officers a caller can see, its own file and heads of other regions,
 * are looked up by matricule, row-level security deciding. The region
 * condition is written only when there is one: with `:countRegion IS NULL
 * OR ...` PostgreSQL planned the statement afresh on every run.
 */
function unsearchedCount(inRegion: boolean): string {
  const region = (column: string): string => (inRegion ? `${column} = :countRegion` : 'true');
  return `(SELECT coalesce(sum(s.officers), 0) FROM region_staff_summary s WHERE ${region('s.region_code')})
  + (SELECT count(*) FROM officer o
      WHERE o.matricule IN (SELECT h.officer_matricule FROM head_appointment h UNION SELECT current_setting('app.sub', true))
        AND app_may_read_registry(o.region_code) IS NOT TRUE
        AND ${region('o.region_code')})`;
}

/** A page of officers and the count of every match. */
export interface OfficerRows {
  officers: OfficerEntity[];
  totalCount: number;
}

export class OfficersRepository {
  constructor(private readonly manager: EntityManager) {}

  byMatricules(matricules: readonly string[]): Promise<OfficerEntity[]> {
    return this.manager.find(OfficerEntity, { where: { matricule: In([...matricules]) } });
  }

  trainingsOf(matricules: readonly string[]): Promise<TrainingEntity[]> {
    return this.manager.find(TrainingEntity, {
      where: { officerMatricule: In([...matricules]) },
      order: { completedOn: 'ASC', code: 'ASC' },
    });
  }

  dependentsOf(matricules: readonly string[]): Promise<DependentEntity[]> {
    return this.manager.find(DependentEntity, {
      where: { officerMatricule: In([...matricules]) },
      order: { birthDate: 'ASC', id: 'ASC' },
    });
  }

  /** With each dependent, their officer as the caller may read them (null when they may not). */
  dependentsByIds(ids: readonly string[]): Promise<DependentEntity[]> {
    return this.manager.find(DependentEntity, { where: { id: In([...ids]) }, relations: { officer: true } });
  }

  /**
   * Up to `limit` officers after the `after` matricule, in matricule order,
   * and how many officers match in all (as `count` says), in one statement.
   * Searched, the matching matricules are gathered once and give both the
   * page and the count. The count comes back on the page's rows, so a page
   * past the last one (empty, after a cursor) asks `count` on its own.
   */
  async pageWithCount(filter: OfficerFilter, after: string | null, limit: number): Promise<OfficerRows> {
    const query = this.manager.createQueryBuilder(OfficerEntity, 'officer');
    if (filter.words.length === 0) {
      query.where(filter.regionCode === null ? 'true' : 'officer.region_code = :region', { region: filter.regionCode });
      if (after !== null) query.andWhere('officer.matricule > :after', { after });
      query
        .addSelect(`(${unsearchedCount(filter.regionCode !== null)})`, 'total_count')
        .setParameter('countRegion', filter.regionCode);
    } else {
      const pageOfMatches = `SELECT m.matricule FROM matched m ${after === null ? '' : 'WHERE m.matricule > :after'} ORDER BY m.matricule LIMIT :limit`;
      query
        .addCommonTableExpression(this.filtered(filter).select('officer.matricule', 'matricule'), 'matched')
        .where(`officer.matricule IN (${pageOfMatches})`, { after, limit })
        .addSelect('(SELECT count(*) FROM matched)', 'total_count');
    }
    const { entities, raw } = await query
      .orderBy('officer.matricule', 'ASC')
      .limit(limit)
      .getRawAndEntities<{ total_count: string | number }>();
    const totalCount =
      raw[0] === undefined ? (after === null ? 0 : await this.count(filter)) : Number(raw[0].total_count);
    return { officers: entities, totalCount };
  }

  /**
   * How many officers match, as counting the rows under row-level security
   * would say. Without search words it reads no officer row in bulk (see
   * unsearchedCount); with search words, the matching rows are counted.
   */
  async count(filter: OfficerFilter): Promise<number> {
    if (filter.words.length > 0) return this.filtered(filter).getCount();
    const [sql, parameters] = this.manager.connection.driver.escapeQueryWithParameters(
      `SELECT ${unsearchedCount(filter.regionCode !== null)} AS total`,
      { countRegion: filter.regionCode },
    );
    const rows: Array<{ total: number }> = await this.manager.query(sql, parameters);
    return Number(rows[0]?.total ?? 0);
  }

  /**
   * A search with a word the trigram index can look up goes through
   * officer_search (migrations OfficerSearch1765200000000 and
   * OfficerSearchWithoutWindow1767300000000), which answers every matricule
   * the caller may read that matches, from the trigram index or in matricule
   * order, as the planner finds cheaper; row-level security still applies to
   * this query. A search made only of one- and two-character words has no
   * index to use: its LIKE conditions stay here, applied under row-level
   * security as they always were.
   */
  private filtered(filter: OfficerFilter): SelectQueryBuilder<OfficerEntity> {
    const query = this.manager.createQueryBuilder(OfficerEntity, 'officer').where('true');
    if (filter.regionCode !== null) query.andWhere('officer.region_code = :region', { region: filter.regionCode });
    if (filter.words.some((word) => [...word].length >= TRIGRAM)) {
      query.andWhere(
        'officer.matricule IN (SELECT officer_search(CAST(:words AS text[]), CAST(:searchRegion AS text)))',
        { words: [...filter.words], searchRegion: filter.regionCode },
      );
    } else {
      filter.words.forEach((word, i) => {
        query.andWhere(`officer.search_text LIKE :word${i} ESCAPE '\\'`, { [`word${i}`]: likeContaining(word) });
      });
    }
    return query;
  }
}
