import { byKey, byUuid, groupedByKey, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { DependentEntity } from './dependent.entity';
import type { OfficerEntity } from './officer.entity';
import { OfficersRepository } from './officers.repository';
import type { TrainingEntity } from './training.entity';

export interface OfficersLoaders {
  officer: DataLoader<string, OfficerEntity | null>;
  trainings: DataLoader<string, TrainingEntity[]>;
  dependents: DataLoader<string, DependentEntity[]>;
  dependent: DataLoader<string, DependentEntity | null>;
}

export function createOfficersLoaders(db: RequestScope): OfficersLoaders {
  return {
    officer: new DataLoader(async (matricules) =>
      byKey(matricules, await using(db, OfficersRepository, (r) => r.byMatricules(matricules)), (row) => row.matricule),
    ),
    trainings: new DataLoader(async (matricules) =>
      groupedByKey(
        matricules,
        await using(db, OfficersRepository, (r) => r.trainingsOf(matricules)),
        (row) => row.officerMatricule,
      ),
    ),
    dependents: new DataLoader(async (matricules) =>
      groupedByKey(
        matricules,
        await using(db, OfficersRepository, (r) => r.dependentsOf(matricules)),
        (row) => row.officerMatricule,
      ),
    ),
    dependent: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, OfficersRepository, (r) => r.dependentsByIds(valid)),
        (row) => row.id,
      ),
    ),
  };
}
