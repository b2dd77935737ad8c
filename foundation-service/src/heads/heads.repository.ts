import { updateVersioned } from '@dsp/subgraph-kit';
import { In, IsNull, type EntityManager } from 'typeorm';
import { HeadAppointmentEntity } from './head-appointment.entity';

/** A term as read inside an appointment's transaction, dates as ISO days. */
export interface HeadRow {
  id: string;
  region_code: string;
  officer_matricule: string;
  start_date: string;
  end_date: string | null;
  decision_reference: string;
  approved_by: string;
  version: number;
}

export interface NewAppointment {
  regionCode: string;
  matricule: string;
  startDate: string;
  decisionReference: string;
  approvedBy: string;
}

const HEAD_COLUMNS = `id, region_code, officer_matricule, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date,
  decision_reference, approved_by, version`;

export class HeadsRepository {
  constructor(private readonly manager: EntityManager) {}

  byIds(ids: readonly string[]): Promise<HeadAppointmentEntity[]> {
    return this.manager.find(HeadAppointmentEntity, { where: { id: In([...ids]) } });
  }

  byId(id: string): Promise<HeadAppointmentEntity | null> {
    return this.manager.findOneBy(HeadAppointmentEntity, { id });
  }

  /** The open term of each region (at most one, by a partial unique index). */
  openIn(regionCodes: readonly string[]): Promise<HeadAppointmentEntity[]> {
    return this.manager.find(HeadAppointmentEntity, { where: { regionCode: In([...regionCodes]), endDate: IsNull() } });
  }

  /** Open terms, of one region or of all, oldest term first. */
  openTerms(regionCode: string | null): Promise<HeadAppointmentEntity[]> {
    return this.manager.find(HeadAppointmentEntity, {
      where: regionCode ? { regionCode, endDate: IsNull() } : { endDate: IsNull() },
      order: { startDate: 'ASC', regionCode: 'ASC' },
    });
  }

  /** Every appointment of the regions, newest first. */
  historyOf(regionCodes: readonly string[]): Promise<HeadAppointmentEntity[]> {
    return this.manager.find(HeadAppointmentEntity, {
      where: { regionCode: In([...regionCodes]) },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }

  async regionExists(regionCode: string): Promise<boolean> {
    const [region] = await this.manager.query<Array<{ code: string }>>('SELECT code FROM region WHERE code = $1', [
      regionCode,
    ]);
    return region !== undefined;
  }

  /** What eligibility needs of an officer, or undefined when there is no such officer. */
  async candidate(
    matricule: string,
  ): Promise<{ status: string; serviceStartDate: string; trainingCodes: string[] } | undefined> {
    const [officer] = await this.manager.query<Array<{ status: string; service_start_date: string }>>(
      `SELECT status, to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date FROM officer WHERE matricule = $1`,
      [matricule],
    );
    if (!officer) return undefined;
    const trainings = await this.manager.query<Array<{ code: string }>>(
      'SELECT code FROM training WHERE officer_matricule = $1',
      [matricule],
    );
    return {
      status: officer.status,
      serviceStartDate: officer.service_start_date,
      trainingCodes: trainings.map((training) => training.code),
    };
  }

  /**
   * The region's open term, locked until the transaction ends: a concurrent
   * appointment waits here, then finds the term closed and loses on the index.
   */
  async lockOpenTerm(regionCode: string): Promise<HeadRow | undefined> {
    const [current] = await this.manager.query<HeadRow[]>(
      `SELECT ${HEAD_COLUMNS} FROM head_appointment WHERE region_code = $1 AND end_date IS NULL FOR UPDATE`,
      [regionCode],
    );
    return current;
  }

  /** The region the officer heads now, if any. */
  async regionHeadedBy(matricule: string): Promise<string | undefined> {
    const [heading] = await this.manager.query<Array<{ region_code: string }>>(
      'SELECT region_code FROM head_appointment WHERE officer_matricule = $1 AND end_date IS NULL',
      [matricule],
    );
    return heading?.region_code;
  }

  async endTerm(term: HeadRow, endDate: string): Promise<void> {
    await updateVersioned(this.manager, 'head_appointment', term.id, term.version, 'end_date = $3', [endDate]);
  }

  async insert(appointment: NewAppointment): Promise<HeadRow> {
    const [created] = await this.manager.query<[HeadRow]>(
      `INSERT INTO head_appointment (region_code, officer_matricule, start_date, decision_reference, approved_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${HEAD_COLUMNS}`,
      [
        appointment.regionCode,
        appointment.matricule,
        appointment.startDate,
        appointment.decisionReference,
        appointment.approvedBy,
      ],
    );
    return created;
  }
}
