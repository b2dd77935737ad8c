/** A prior authorisation as read from the database. */
export interface PriorAuthorisationModel {
  id: string;
  beneficiaryId: string;
  providerId: string | null;
  regionCode: string;
  plannedDate: string;
  reason: string;
  status: 'REQUESTED' | 'GRANTED' | 'REFUSED';
  decisionNote: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
  version: number;
}
