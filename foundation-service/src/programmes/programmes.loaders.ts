import { isUuid } from '@dsp/common';
import { byUuid, groupedByKey, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { AllocationModel } from './allocation.model';
import type { CampaignEntity } from './campaign.entity';
import type { ProgrammeEntity } from './programme.entity';
import { ProgrammesRepository } from './programmes.repository';

export interface ProgrammesLoaders {
  programme: DataLoader<string, ProgrammeEntity | null>;
  programmeCampaigns: DataLoader<string, CampaignEntity[]>;
  campaign: DataLoader<string, CampaignEntity | null>;
  /** The allocations of each campaign that row-level security lets the caller see, in region order. */
  campaignAllocations: DataLoader<string, AllocationModel[]>;
  allocation: DataLoader<string, AllocationModel | null>;
}

export function createProgrammesLoaders(db: RequestScope): ProgrammesLoaders {
  return {
    programme: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ProgrammesRepository, (r) => r.programmesByIds(valid)),
        (row) => row.id,
      ),
    ),
    programmeCampaigns: new DataLoader(async (ids) =>
      groupedByKey(
        ids,
        await using(db, ProgrammesRepository, (r) => r.campaignsOf(ids.filter(isUuid))),
        (row) => row.programmeId,
      ),
    ),
    campaign: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ProgrammesRepository, (r) => r.campaignsByIds(valid)),
        (row) => row.id,
      ),
    ),
    campaignAllocations: new DataLoader(async (ids) =>
      groupedByKey(
        ids,
        await using(db, ProgrammesRepository, (r) => r.allocations({ campaignIds: ids.filter(isUuid) })),
        (row) => row.campaignId,
      ),
    ),
    allocation: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ProgrammesRepository, (r) => r.allocations({ ids: valid })),
        (row) => row.id,
      ),
    ),
  };
}
