import { In, IsNull, type EntityManager } from 'typeorm';
import { HeadAppointmentEntity } from './head-appointment.entity';

export class HeadsRepository {
  constructor(private readonly manager: EntityManager) {}

  byIds(ids: readonly string[]): Promise<HeadAppointmentEntity[]> {
    return this.manager.find(HeadAppointmentEntity, { where: { id: In([...ids]) } });
  }

  /** The open term of each region (at most one, by a partial unique index). */
  openIn(regionCodes: readonly string[]): Promise<HeadAppointmentEntity[]> {
    return this.manager.find(HeadAppointmentEntity, { where: { regionCode: In([...regionCodes]), endDate: IsNull() } });
  }

  /** Every appointment of the regions, newest first. */
  historyOf(regionCodes: readonly string[]): Promise<HeadAppointmentEntity[]> {
    return this.manager.find(HeadAppointmentEntity, {
      where: { regionCode: In([...regionCodes]) },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }
}
