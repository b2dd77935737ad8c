import type {
  DependentSnapshot,
  NewRegistryEvent,
  OfficerSnapshot,
  RegistryEvent,
  RegistryFeedPage,
} from '@dsp/common';
import { updateVersioned } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { DependentLinkEndReason, DependentRelation, OfficerStatus, Rank } from '../generated/schema-types';
import { DependentEntity } from '../officers/dependent.entity';
import { OfficerEntity } from '../officers/officer.entity';

export interface OfficerRow {
  matricule: string;
  rank: string;
  region_code: string;
  status: OfficerSnapshot['status'];
  birth_date: string;
  service_start_date: string;
  version: number;
}

export interface DependentRow {
  id: string;
  officer_matricule: string;
  relation: DependentSnapshot['relation'];
  birth_date: string;
  student_from: string | null;
  student_until: string | null;
  disabled: boolean;
  link_ended_on: string | null;
  link_end_reason: string | null;
  version: number;
}

interface EventRow {
  sequence: string;
  type: RegistryEvent['type'];
  entity: RegistryEvent['entity'];
  entity_id: string;
  effective_date: string;
  data: RegistryEvent['data'];
  occurred_at: Date;
}

const OFFICER_COLUMNS = `matricule, rank, region_code, status, to_char(birth_date, 'YYYY-MM-DD') AS birth_date,
  to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date, version`;
const DEPENDENT_COLUMNS = `id, officer_matricule, relation, to_char(birth_date, 'YYYY-MM-DD') AS birth_date,
  to_char(student_from, 'YYYY-MM-DD') AS student_from, to_char(student_until, 'YYYY-MM-DD') AS student_until, disabled,
  to_char(link_ended_on, 'YYYY-MM-DD') AS link_ended_on, link_end_reason, version`;

export interface NewOfficer {
  matricule: string;
  firstNameAr: string;
  lastNameAr: string;
  firstNameLatin: string;
  lastNameLatin: string;
  rank: Rank;
  regionCode: string;
  birthDate: string;
  serviceStartDate: string;
  searchText: string;
}

export interface NewDependent {
  matricule: string;
  relation: DependentRelation;
  firstNameAr: string;
  lastNameAr: string;
  firstNameLatin: string;
  lastNameLatin: string;
  birthDate: string;
  certificate: { from: string; until: string } | null;
  disabled: boolean;
}

/**
 * Appends a registry event in the caller's transaction (the transactional
 * outbox): the event exists exactly when the change it describes commits.
 * registry_event_append numbers it under a transaction-scoped lock, so the
 * feed's order is the commit order. Returns the event's sequence.
 */
export async function appendRegistryEvent(manager: EntityManager, event: NewRegistryEvent): Promise<number> {
  const [row] = await manager.query<Array<{ sequence: string }>>(
    'SELECT registry_event_append($1, $2, $3, $4, $5::jsonb)::text AS sequence',
    [event.type, event.entity, event.entityId, event.effectiveDate, JSON.stringify(event.data)],
  );
  if (!row) throw new Error('registry_event_append returned nothing.');
  return Number(row.sequence);
}

export class RegistryRepository {
  constructor(private readonly manager: EntityManager) {}

  officer(matricule: string): Promise<OfficerEntity | null> {
    return this.manager.findOneBy(OfficerEntity, { matricule });
  }

  dependent(id: string): Promise<DependentEntity | null> {
    return this.manager.findOneBy(DependentEntity, { id });
  }

  async officerRow(matricule: string, lock = false): Promise<OfficerRow | undefined> {
    const [row] = await this.manager.query<OfficerRow[]>(
      `SELECT ${OFFICER_COLUMNS} FROM officer WHERE matricule = $1${lock ? ' FOR UPDATE' : ''}`,
      [matricule],
    );
    return row;
  }

  async dependentRow(id: string): Promise<DependentRow | undefined> {
    const [row] = await this.manager.query<DependentRow[]>(`SELECT ${DEPENDENT_COLUMNS} FROM dependent WHERE id = $1`, [
      id,
    ]);
    return row;
  }

  /** A new officer is ACTIVE, in their region and status since the service start. */
  async insertOfficer(officer: NewOfficer): Promise<void> {
    await this.manager.query(
      `INSERT INTO officer (matricule, first_name_ar, last_name_ar, first_name_latin, last_name_latin, rank, region_code, status,
                            birth_date, service_start_date, search_text, region_since, status_since)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'ACTIVE', $8, $9, $10, $9, $9)`,
      [
        officer.matricule,
        officer.firstNameAr,
        officer.lastNameAr,
        officer.firstNameLatin,
        officer.lastNameLatin,
        officer.rank,
        officer.regionCode,
        officer.birthDate,
        officer.serviceStartDate,
        officer.searchText,
      ],
    );
  }

  /** Moves the officer (officer_transfer in the database); false when the version is stale. */
  async transfer(
    matricule: string,
    expectedVersion: number,
    toRegionCode: string,
    effectiveDate: string,
  ): Promise<boolean> {
    const [moved] = await this.manager.query<Array<{ changed: number }>>(
      'SELECT officer_transfer($1, $2, $3, $4) AS changed',
      [matricule, expectedVersion, toRegionCode, effectiveDate],
    );
    return moved?.changed === 1;
  }

  async setOfficerStatus(
    matricule: string,
    expectedVersion: number,
    status: OfficerStatus,
    since: string,
  ): Promise<void> {
    await updateVersioned(
      this.manager,
      'officer',
      matricule,
      expectedVersion,
      'status = $3, status_since = $4',
      [status, since],
      'matricule',
    );
  }

  async insertDependent(dependent: NewDependent): Promise<string> {
    const [created] = await this.manager.query<Array<{ id: string }>>(
      `INSERT INTO dependent (id, officer_matricule, relation, first_name_ar, last_name_ar, first_name_latin, last_name_latin, birth_date,
                              student_from, student_until, disabled)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        dependent.matricule,
        dependent.relation,
        dependent.firstNameAr,
        dependent.lastNameAr,
        dependent.firstNameLatin,
        dependent.lastNameLatin,
        dependent.birthDate,
        dependent.certificate?.from ?? null,
        dependent.certificate?.until ?? null,
        dependent.disabled,
      ],
    );
    if (!created) throw new Error('The dependent insert returned nothing.');
    return created.id;
  }

  async setDependentSituation(
    id: string,
    expectedVersion: number,
    situation: Pick<DependentRow, 'student_from' | 'student_until' | 'disabled'>,
  ): Promise<void> {
    await updateVersioned(
      this.manager,
      'dependent',
      id,
      expectedVersion,
      'student_from = $3, student_until = $4, disabled = $5',
      [situation.student_from, situation.student_until, situation.disabled],
    );
  }

  async endDependentLink(
    id: string,
    expectedVersion: number,
    endedOn: string,
    reason: DependentLinkEndReason,
  ): Promise<void> {
    await updateVersioned(this.manager, 'dependent', id, expectedVersion, 'link_ended_on = $3, link_end_reason = $4', [
      endedOn,
      reason,
    ]);
  }

  /** One page of the feed after `after`, read with the feed's own row-level security setting. */
  async feedPage(after: number, limit: number): Promise<RegistryFeedPage> {
    await this.manager.query(`SELECT set_config('app.role', 'REGISTRY_FEED', true)`);
    const rows = await this.manager.query<EventRow[]>(
      `SELECT sequence::text, type, entity, entity_id, to_char(effective_date, 'YYYY-MM-DD') AS effective_date, data, occurred_at
         FROM registry_event WHERE registry_event.sequence > $1 ORDER BY registry_event.sequence LIMIT $2`,
      [after, limit],
    );
    const [head] = await this.manager.query<Array<{ sequence: string; occurred_at: Date | null }>>(
      `SELECT coalesce(max(sequence), 0)::text AS sequence, (SELECT occurred_at FROM registry_event ORDER BY sequence DESC LIMIT 1) AS occurred_at
         FROM registry_event`,
    );
    return {
      events: rows.map(
        (row) =>
          ({
            sequence: Number(row.sequence),
            type: row.type,
            entity: row.entity,
            entityId: row.entity_id,
            effectiveDate: row.effective_date,
            occurredAt: row.occurred_at.toISOString(),
            data: row.data,
          }) as RegistryEvent,
      ),
      head: Number(head?.sequence ?? 0),
      headOccurredAt: head?.occurred_at ? head.occurred_at.toISOString() : null,
    };
  }
}
