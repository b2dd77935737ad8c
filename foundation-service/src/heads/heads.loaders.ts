import { byKey, byUuid, groupedByKey, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { HeadAppointmentEntity } from './head-appointment.entity';
import { HeadsRepository } from './heads.repository';

export interface HeadsLoaders {
  headAppointment: DataLoader<string, HeadAppointmentEntity | null>;
  currentHead: DataLoader<string, HeadAppointmentEntity | null>;
  headHistory: DataLoader<string, HeadAppointmentEntity[]>;
}

export function createHeadsLoaders(db: RequestScope): HeadsLoaders {
  return {
    headAppointment: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, HeadsRepository, (r) => r.byIds(valid)),
        (row) => row.id,
      ),
    ),
    currentHead: new DataLoader(async (codes) =>
      byKey(codes, await using(db, HeadsRepository, (r) => r.openIn(codes)), (row) => row.regionCode),
    ),
    headHistory: new DataLoader(async (codes) =>
      groupedByKey(codes, await using(db, HeadsRepository, (r) => r.historyOf(codes)), (row) => row.regionCode),
    ),
  };
}
