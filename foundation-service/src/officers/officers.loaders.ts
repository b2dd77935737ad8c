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
  const officer = new DataLoader<string, OfficerEntity | null>(async (matricules) =>
    byKey(matricules, await using(db, OfficersRepository, (r) => r.byMatricules(matricules)), (row) => row.matricule),
  );
  return {
    officer,
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
    // A dependent's officer is read next (Dependent.officer): their row comes in the same statement.
    dependent: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => {
          const rows = await using(db, OfficersRepository, (r) => r.dependentsByIds(valid));
          for (const row of rows) {
            if (row.officer) officer.prime(row.officer.matricule, row.officer);
            delete row.officer;
          }
          return rows;
        },
        (row) => row.id,
      ),
    ),
  };
}
