import { BadUserInputError, foldForSearch, todayUtc, wholeYearsBetween } from '@dsp/common';
import type { DependentEntity } from './dependent.entity';
import type { OfficerEntity } from './officer.entity';

type Named = Pick<OfficerEntity, 'firstNameLatin' | 'lastNameLatin' | 'firstNameAr' | 'lastNameAr'>;

export function fullName(person: Named): string {
  return `${person.firstNameLatin} ${person.lastNameLatin}`;
}

export function fullNameAr(person: Named): string {
  return `${person.firstNameAr} ${person.lastNameAr}`;
}

/** What the search column holds: both scripts' full names and the matricule, folded. */
export function officerSearchText(officer: Named & Pick<OfficerEntity, 'matricule'>): string {
  return foldForSearch(`${fullName(officer)} ${fullNameAr(officer)} ${officer.matricule}`);
}

export function yearsOfService(officer: Pick<OfficerEntity, 'serviceStartDate'>, today: string = todayUtc()): number {
  return Math.max(0, wholeYearsBetween(officer.serviceStartDate, today));
}

/** A student certificate counts while it is valid, up to and including its last day. */
export function isStudent(dependent: Pick<DependentEntity, 'studentUntil'>, today: string = todayUtc()): boolean {
  return dependent.studentUntil !== null && dependent.studentUntil >= today;
}

/** The longest search accepted, in characters and in words: each word is a condition of the statement. */
export const MAX_SEARCH_LENGTH = 100;
export const MAX_SEARCH_WORDS = 6;

/** The folded words of a search; each must appear in a match. Too long a search is BAD_USER_INPUT. */
export function searchWords(search: string | null): string[] {
  if (search === null) return [];
  if (search.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(
      'search',
      `A search is at most ${MAX_SEARCH_LENGTH} characters long; shorten it to a name or a matricule.`,
    );
  }
  const words = foldForSearch(search)
    .split(' ')
    .filter((word) => word.length > 0);
  if (words.length > MAX_SEARCH_WORDS) {
    throw new BadUserInputError(
      'search',
      `A search has at most ${MAX_SEARCH_WORDS} words; keep the most telling ones.`,
    );
  }
  return words;
}
