import type { PriorAuthorisationModel } from './prior-authorisation.model';

/** What the audit keeps of a prior authorisation: its state, never its reason nor the advisor's note. */
export function authorisationSnapshot(model: PriorAuthorisationModel): Record<string, unknown> {
  return { status: model.status, plannedDate: model.plannedDate, providerId: model.providerId, version: model.version };
}
