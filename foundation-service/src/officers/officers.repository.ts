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

  dependentsByIds(ids: readonly string[]): Promise<DependentEntity[]> {
    return this.manager.find(DependentEntity, { where: { id: In([...ids]) } });
  }

  /** Up to `limit` officers after the `after` matricule, in matricule order. */
  page(filter: OfficerFilter, after: string | null, limit: number): Promise<OfficerEntity[]> {
    const query = this.filtered(filter, { after, limit }).orderBy('officer.matricule', 'ASC').limit(limit);
    if (after !== null) query.andWhere('officer.matricule > :after', { after });
    return query.getMany();
  }

  /**
   * How many officers match, as counting the rows under row-level security
   * would say. Without search words it reads no officer row in bulk: the
   * region_staff_summary rows the caller may read (those of the regions whose
   * registry it reads, by the same rule as officer rows) give every officer of
   * those regions, and the only other officers a caller can see, its own file
   * and heads of other regions, are looked up by matricule, row-level security
   * deciding. With search words, the matching rows are counted.
   */
  async count(filter: OfficerFilter): Promise<number> {
    if (filter.words.length > 0) return this.filtered(filter).getCount();
    const rows: Array<{ total: number }> = await this.manager.query(
      `SELECT (SELECT coalesce(sum(s.officers), 0) FROM region_staff_summary s WHERE $1::text IS NULL OR s.region_code = $1)
            + (SELECT count(*) FROM officer o
                WHERE o.matricule IN (SELECT h.officer_matricule FROM head_appointment h UNION SELECT current_setting('app.sub', true))
                  AND app_may_read_registry(o.region_code) IS NOT TRUE
                  AND ($1::text IS NULL OR o.region_code = $1)) AS total`,
      [filter.regionCode],
    );
    return Number(rows[0]?.total ?? 0);
  }

  /**
   * A search with a word the trigram index can look up goes through
   * officer_search (migration OfficerSearch1765200000000), which answers the
   * matricules the caller may read, from the trigram index or in matricule
   * order (only the page's own when `window` is given); row-level security
   * still applies to this query. A search made only of one- and two-character
   * words has no index to use: its LIKE conditions stay here, applied under
   * row-level security as they always were.
   */
  private filtered(
    filter: OfficerFilter,
    window: { after: string | null; limit: number } | null = null,
  ): SelectQueryBuilder<OfficerEntity> {
    const query = this.manager.createQueryBuilder(OfficerEntity, 'officer').where('true');
    if (filter.regionCode !== null) query.andWhere('officer.region_code = :region', { region: filter.regionCode });
    if (filter.words.some((word) => [...word].length >= TRIGRAM)) {
      query.andWhere(
        'officer.matricule IN (SELECT officer_search(CAST(:words AS text[]), CAST(:searchRegion AS text), CAST(:searchAfter AS text), CAST(:searchLimit AS integer)))',
        {
          words: [...filter.words],
          searchRegion: filter.regionCode,
          searchAfter: window?.after ?? null,
          searchLimit: window?.limit ?? null,
        },
      );
    } else {
      filter.words.forEach((word, i) => {
        query.andWhere(`officer.search_text LIKE :word${i} ESCAPE '\\'`, { [`word${i}`]: likeContaining(word) });
      });
    }
    return query;
  }
}
