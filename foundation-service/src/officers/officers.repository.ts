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
    const query = this.filtered(filter).orderBy('officer.matricule', 'ASC').limit(limit);
    if (after !== null) query.andWhere('officer.matricule > :after', { after });
    return query.getMany();
  }

  count(filter: OfficerFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: OfficerFilter): SelectQueryBuilder<OfficerEntity> {
    const query = this.manager.createQueryBuilder(OfficerEntity, 'officer').where('true');
    if (filter.regionCode !== null) query.andWhere('officer.region_code = :region', { region: filter.regionCode });
    filter.words.forEach((word, i) => {
      query.andWhere(`officer.search_text LIKE :word${i} ESCAPE '\\'`, { [`word${i}`]: likeContaining(word) });
    });
    return query;
  }
}
