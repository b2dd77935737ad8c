/**
 * How the mutual enrols someone it has just learnt of: the plan an officer's
 * rank gives by default (the family follows the officer's plan), and the day
 * its current file opened, before which it keeps no coverage history.
 */
export const MUTUAL_FILE_OPENED = '2010-01-01';

export const SENIOR_RANKS: ReadonlySet<string> = new Set([
  'COMMISSAIRE',
  'COMMISSAIRE_PRINCIPAL',
  'COMMISSAIRE_DIVISIONNAIRE',
  'CONTROLEUR_GENERAL',
]);
export const OFFICER_RANKS: ReadonlySet<string> = new Set([
  'OFFICIER_DE_PAIX',
  'INSPECTEUR',
  'OFFICIER_DE_POLICE',
  'OFFICIER_PRINCIPAL',
]);

/** The plan code a rank gets by default: PREMIUM for commissioners and above, CONFORT for officers, ESSENTIEL otherwise. */
export function defaultPlanCode(rank: string): 'PREMIUM' | 'CONFORT' | 'ESSENTIEL' {
  if (SENIOR_RANKS.has(rank)) return 'PREMIUM';
  if (OFFICER_RANKS.has(rank)) return 'CONFORT';
  return 'ESSENTIEL';
}

export const later = (a: string, b: string): string => (a > b ? a : b);
