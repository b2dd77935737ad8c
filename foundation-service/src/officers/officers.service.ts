import { BadUserInputError, checkRegion, cursorCodec } from '@dsp/common';
import { officersListRegion, requireOfficerFile } from '../access/access.service';
import type { FoundationContext } from '../context';
import type { DependentEntity } from './dependent.entity';
import type { OfficerEntity } from './officer.entity';
import { OfficersRepository } from './officers.repository';
import { searchWords, yearsOfService } from './officers.rules';
import type { TrainingEntity } from './training.entity';

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
  checkRegion('region', args.region);
  const after = args.after === null ? null : officerCursor.decode(args.after);
  const filter = { regionCode: region, words: searchWords(args.search) };

  const repository = new OfficersRepository(await ctx.db.manager());
  const { officers: rows, totalCount } = await repository.pageWithCount(filter, after, first + 1);
  const page = rows.slice(0, first);
  for (const officer of page) ctx.loaders.officer.prime(officer.matricule, officer);
  const edges = page.map((node) => ({ cursor: officerCursor.encode(node.matricule), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** Beyond identity, an officer's file is read field by field, by whoever may read the file. */
export function serviceStartDate(ctx: FoundationContext, officer: OfficerEntity): string {
  requireOfficerFile(ctx, officer);
  return officer.serviceStartDate;
}

export function officerBirthDate(ctx: FoundationContext, officer: OfficerEntity): string {
  requireOfficerFile(ctx, officer);
  return officer.birthDate;
}

export function officerYearsOfService(ctx: FoundationContext, officer: OfficerEntity): number {
  requireOfficerFile(ctx, officer);
  return yearsOfService(officer);
}

export function officerTrainings(ctx: FoundationContext, officer: OfficerEntity): Promise<TrainingEntity[]> {
  requireOfficerFile(ctx, officer);
  return ctx.loaders.trainings.load(officer.matricule);
}

export function officerDependents(ctx: FoundationContext, officer: OfficerEntity): Promise<DependentEntity[]> {
  requireOfficerFile(ctx, officer);
  return ctx.loaders.dependents.load(officer.matricule);
}
