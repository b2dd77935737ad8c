import { addDays } from '@dsp/common';
import type { PriorAuthorisationModel } from './prior-authorisation.model';

/** The planned care is within a year of the request, before or after (both bounds included). */
export function isPlannedWithinAYear(plannedDate: string, today: string): boolean {
  return plannedDate >= addDays(today, -365) && plannedDate <= addDays(today, 365);
}

/** What the audit keeps of a prior authorisation: its state, never its reason nor the advisor's note. */
export function authorisationSnapshot(model: PriorAuthorisationModel): Record<string, unknown> {
  return { status: model.status, plannedDate: model.plannedDate, providerId: model.providerId, version: model.version };
}
