/** The training that qualifies an officer to head a region's social action (docs/architecture.md). */
export const SOCIAL_CASE_MANAGEMENT = 'SOCIAL_CASE_MANAGEMENT';

export const TRAININGS: Readonly<Record<string, string>> = {
  [SOCIAL_CASE_MANAGEMENT]: 'Gestion des cas sociaux',
  FIRST_AID: 'Premiers secours',
  COMMUNITY_POLICING: 'Police de proximité',
  LEADERSHIP: 'Encadrement et leadership',
};
