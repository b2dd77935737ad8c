import { In, type EntityManager } from 'typeorm';
import { CampaignEntity } from './campaign.entity';
import { ProgrammeEntity } from './programme.entity';

export class ProgrammesRepository {
  constructor(private readonly manager: EntityManager) {}

  programmesByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.manager.find(ProgrammeEntity, { where: { id: In([...ids]) } });
  }

  campaignsByIds(ids: readonly string[]): Promise<CampaignEntity[]> {
    return this.manager.find(CampaignEntity, { where: { id: In([...ids]) } });
  }

  /** The campaigns of each programme, newest first. */
  campaignsOf(programmeIds: readonly string[]): Promise<CampaignEntity[]> {
    return this.manager.find(CampaignEntity, {
      where: { programmeId: In([...programmeIds]) },
      order: { year: 'DESC', opensOn: 'DESC' },
    });
  }
}
