import { isUuid } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import { ProviderEntity } from './provider.entity';

export class ProvidersRepository {
  constructor(private readonly manager: EntityManager) {}

  byIds(ids: readonly string[]): Promise<ProviderEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager
      .getRepository(ProviderEntity)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids: valid })
      .getMany();
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

  async providerExists(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.manager.query<unknown[]>('SELECT 1 FROM provider WHERE id = $1', [id])).length > 0;
  }

  /** The care types a provider offers, or null when there is no such provider. */
  async providerCareTypes(id: string): Promise<string[] | null> {
    if (!isUuid(id)) return null;
    const rows = await this.manager.query<Array<{ careTypes: string[] }>>(
      'SELECT care_types AS "careTypes" FROM provider WHERE id = $1',
      [id],
    );
    return rows[0]?.careTypes ?? null;
  }
}
