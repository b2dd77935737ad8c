import { type AuditRecordRow, readAuditRecords } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';

export class AuditRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every recorded change of one record, oldest first. */
  records(entity: string, id: string): Promise<AuditRecordRow[]> {
    return readAuditRecords(this.manager, entity, id);
  }

  /** The region of a head appointment, undefined when there is none. */
  async headAppointmentRegion(id: string): Promise<string | undefined> {
    const [appointment] = await this.manager.query<Array<{ region_code: string }>>(
      'SELECT region_code FROM head_appointment WHERE id = $1',
      [id],
    );
    return appointment?.region_code;
  }
}
