import { BadUserInputError, cursorCodec, foldForSearch, isRegionCode, todayUtc, wholeYearsBetween } from '@dsp/common';
import { officersListRegion } from '../access/access.service';
import type { FoundationContext } from '../context';
import type { DependentEntity } from './dependent.entity';
import type { OfficerEntity } from './officer.entity';
import { OfficersRepository } from './officers.repository';

export const MAX_PAGE_SIZE = 100;
/** Officers' cursors stand for a matricule. */
const officerCursor = cursorCodec('officer:', () => true);

export interface OfficerPageArgs {
  region: string | null;
  search: string | null;
  first: number | null;
  after: string | null;
}

export interface OfficerPage {
  edges: Array<{ cursor: string; node: OfficerEntity }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

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
    throw new BadUserInputError('search', `A search is at most ${MAX_SEARCH_LENGTH} characters long; shorten it to a name or a matricule.`);
  }
  const words = foldForSearch(search).split(' ').filter((word) => word.length > 0);
  if (words.length > MAX_SEARCH_WORDS) {
    throw new BadUserInputError('search', `A search has at most ${MAX_SEARCH_WORDS} words; keep the most telling ones.`);
  }
  return words;
}

/**
 * A page of officers in matricule order, with the count of every match; a
 * regional role is limited to its own region, another one is FORBIDDEN.
 */
export async function listOfficers(ctx: FoundationContext, args: OfficerPageArgs): Promise<OfficerPage> {
  const region = officersListRegion(ctx, args.region);
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`);
  }
  if (args.region !== null && !isRegionCode(args.region)) {
    throw new BadUserInputError('region', `Unknown region code "${args.region}".`);
  }
  const after = args.after === null ? null : officerCursor.decode(args.after);
  const filter = { regionCode: region, words: searchWords(args.search) };

  const repository = new OfficersRepository(await ctx.db.manager());
  const rows = await repository.page(filter, after, first + 1);
  const totalCount = await repository.count(filter);
  const page = rows.slice(0, first);
  for (const officer of page) ctx.loaders.officer.prime(officer.matricule, officer);
  const edges = page.map((node) => ({ cursor: officerCursor.encode(node.matricule), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
