import { addYears, todayUtc } from '@dsp/common';
import type { HeadAppointmentEntity } from './head-appointment.entity';

/** The day a term reaches the configured limit: the start date plus the term's years. */
export function termEndsOn(appointment: Pick<HeadAppointmentEntity, 'startDate'>, termYears: number): string {
  return addYears(appointment.startDate, termYears);
}

/** A head still in office on or after the day the term limit is reached must rotate. */
export function isRotationDue(
  appointment: Pick<HeadAppointmentEntity, 'startDate' | 'endDate'>,
  termYears: number,
  today: string = todayUtc(),
): boolean {
  return appointment.endDate === null && today >= termEndsOn(appointment, termYears);
}
