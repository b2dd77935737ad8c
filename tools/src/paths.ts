import path from 'node:path';

/** The repository's root folder. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The first query the README and `npm start` suggest: the FES dashboard. */
export const DEFAULT_QUERY = JSON.stringify({
  query:
    'query RegionalDashboard($code: ID!) { region(code: $code) { code nameAr nameFr currentHead { officer { matricule fullName rank } startDate rotationDue } staffCount social { openApplications approvedThisYear budget { allocated committed disbursed } } health { pendingClaims claimsThisYear reimbursedThisYear averageProcessingDays } } }',
  variables: { code: 'FES' },
});
