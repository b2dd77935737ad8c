import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripIgnoredCharacters } from 'graphql';

/** The repository's root folder. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The first query the README and `npm start` suggest: the client's own FES dashboard operation, on one line. */
export const DEFAULT_QUERY = JSON.stringify({
  query: stripIgnoredCharacters(
    readFileSync(path.join(ROOT, 'schemas', 'operations', 'RegionalDashboard.graphql'), 'utf8'),
  ),
  variables: { code: 'FES' },
});
