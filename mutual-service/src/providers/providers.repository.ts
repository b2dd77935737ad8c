import { isUuid } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import { ProviderEntity } from './provider.entity';

export class ProvidersRepository {
  constructor(private readonly manager: EntityManager) {}

  byIds(ids: readonly string[]): Promise<ProviderEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.getRepository(ProviderEntity).createQueryBuilder('p').where('p.id = ANY(:ids)', { ids: valid }).getMany();
  }

  /** Medical centres first, then contracted providers, by name. */
  byRegions(regionCodes: readonly string[]): Promise<ProviderEntity[]> {
    return this.manager
      .getRepository(ProviderEntity)
      .createQueryBuilder('p')
      .where('p.regionCode = ANY(:codes)', { codes: regionCodes })
      .orderBy('p.kind', 'DESC')
      .addOrderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }
}
