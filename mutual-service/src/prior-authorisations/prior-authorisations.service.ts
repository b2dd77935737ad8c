import {
  BadUserInputError,
  ConflictError,
  cursorCodec,
  checkRegion,
  isUuid,
  NotFoundError,
  optionalText,
  pageSize,
  requiredText,
  todayUtc,
} from '@dsp/common';
import { oncePerKey, writeAudit } from '@dsp/subgraph-kit';
import {
  mayReadFamilyPriorAuthorisations,
  mayReadPriorAuthorisations,
  maySeeClinical,
  requireAccess,
  requireMedicalAdvisor,
  requireMutualAgent,
  type ClaimScope,
} from '../access';
import { requireBeneficiaryInRegion } from '../beneficiaries/beneficiaries.service';
import type { OfficerModel } from '../beneficiaries/person.model';
import { MAX_NOTE_LENGTH } from '../claims/adjudication.rules';
import { queueRegion } from '../claims/queue.rules';
import type { MutualContext } from '../context';
import type { ProviderEntity } from '../providers/provider.entity';
import { ProvidersRepository } from '../providers/providers.repository';
import type { PageInfo } from '../generated/schema-types';
import type { RegionModel } from '../regions/region.model';
import type { PriorAuthorisationModel } from './prior-authorisation.model';
import { PriorAuthorisationsRepository } from './prior-authorisations.repository';
import { authorisationSnapshot, isPlannedWithinAYear } from './prior-authorisations.rules';

/**
 * Prior authorisations: REQUESTED → GRANTED / REFUSED. Every mutation
 * validates before writing, runs in a savepoint of the request transaction
 * (ctx.db.write), writes one audit record per state change there, and
 * changes a row only at the version the caller saw (CONFLICT otherwise).
 */

export async function requestPriorAuthorisation(
  context: MutualContext,
  args: { beneficiaryId: string; providerId: string; plannedDate: string; reason: string; idempotencyKey: string },
): Promise<PriorAuthorisationModel> {
  const region = requireMutualAgent(context.caller);
  const reason = requiredText('reason', args.reason, MAX_NOTE_LENGTH);
  if (!isPlannedWithinAYear(args.plannedDate, todayUtc())) {
    throw new BadUserInputError('plannedDate', 'The planned date is within a year from today, before or after.');
  }
  await requireBeneficiaryInRegion(context, args.beneficiaryId, region);
  const { id } = await context.db.write(async (manager) => {
    const repository = new PriorAuthorisationsRepository(manager);
    if (!(await new ProvidersRepository(manager).providerExists(args.providerId)))
      throw new BadUserInputError('providerId', `No provider ${args.providerId}.`);
    const request = {
      beneficiaryId: args.beneficiaryId,
      providerId: args.providerId,
      plannedDate: args.plannedDate,
      reason,
    };
    return oncePerKey(manager, context.caller, 'requestPriorAuthorisation', args.idempotencyKey, request, async () => {
      const created = await repository.insertPriorAuthorisation({ ...request, regionCode: region });
      const model = (await repository.priorAuthorisation(created))!;
      await writeAudit(manager, context.caller, {
        entity: 'prior_authorisation',
        entityId: created,
        regionCode: region,
        action: 'REQUEST',
        before: null,
        after: authorisationSnapshot(model),
      });
      return { id: created };
    });
  });
  return (await new PriorAuthorisationsRepository(await context.db.manager()).priorAuthorisation(id))!;
}

export async function decidePriorAuthorisation(
  context: MutualContext,
  args: { id: string; version: number; grant: boolean; note?: string | null },
): Promise<PriorAuthorisationModel> {
  requireMedicalAdvisor(context.caller);
  const note = optionalText('note', args.note, MAX_NOTE_LENGTH);
  return context.db.write(async (manager) => {
    const repository = new PriorAuthorisationsRepository(manager);
    const current = await repository.priorAuthorisation(args.id);
    if (!current) throw new NotFoundError('Prior authorisation', args.id);
    if (current.version !== args.version)
      throw new ConflictError('This prior authorisation was changed by someone else; reload it and try again.');
    if (current.status !== 'REQUESTED')
      throw new ConflictError(`This prior authorisation is already ${current.status}.`);
    const status = args.grant ? 'GRANTED' : 'REFUSED';
    await repository.markDecided(args.id, args.version, status, note);
    const after = (await repository.priorAuthorisation(args.id))!;
    await writeAudit(manager, context.caller, {
      entity: 'prior_authorisation',
      entityId: args.id,
      regionCode: current.regionCode,
      action: 'DECIDE',
      before: authorisationSnapshot(current),
      after: authorisationSnapshot(after),
    });
    return after;
  });
}

const READ_REFUSAL = 'Prior authorisations are read by the medical advisors, and by the mutual agents of their region.';
/** A cursor names the last authorisation of the page; the next page starts after its (requested_at, id). */
const priorAuthorisationCursor = cursorCodec('prior-authorisation:', isUuid);

export interface PriorAuthorisationListArgs {
  status?: PriorAuthorisationModel['status'] | null;
  region?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface PriorAuthorisationPage {
  edges: Array<{ cursor: string; node: PriorAuthorisationModel }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A page of prior authorisations, oldest request first (keyset pagination on
 * requested_at, id). A mutual agent sees their own region whatever the
 * default; another region is FORBIDDEN, as is every role but theirs and the
 * medical advisors'.
 */
export async function listPriorAuthorisations(
  context: MutualContext,
  args: PriorAuthorisationListArgs,
): Promise<PriorAuthorisationPage> {
  const asked = checkRegion('region', args.region);
  requireAccess(context, mayReadPriorAuthorisations(context.caller, asked), READ_REFUSAL);
  const region = queueRegion(context.caller, asked);
  const first = pageSize(args.first, 50);
  const after = args.after == null ? null : priorAuthorisationCursor.decode(args.after);
  const filter = { status: args.status ?? null, region };
  const repository = new PriorAuthorisationsRepository(await context.db.manager());
  const rows = await repository.page(filter, after, first + 1);
  const totalCount = await repository.count(filter);
  const edges = rows.slice(0, first).map((node) => ({ cursor: priorAuthorisationCursor.encode(node.id), node }));
  for (const edge of edges) context.loaders.priorAuthorisation.prime(edge.node.id, edge.node);
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** Where an authorisation belongs for the clinical rule: its region, and the family of the person it is for. */
function clinicalScope(
  authorisation: PriorAuthorisationModel,
  person: { officerMatricule: string; linkEnded: boolean },
): ClaimScope {
  return {
    handlingRegionCode: authorisation.regionCode,
    officerMatricule: person.officerMatricule,
    linkEnded: person.linkEnded,
  };
}

const FAMILY_READ_REFUSAL =
  "An officer's prior authorisations are read by the medical advisors, the mutual agents and the officer.";

/**
 * The family's prior authorisations in an officer's file: the roles that
 * read clinical detail ask (FORBIDDEN to the others), and each reads those
 * whose clinical detail they may read (their region's, their family's).
 */
export async function officerPriorAuthorisations(
  context: MutualContext,
  officer: OfficerModel,
): Promise<PriorAuthorisationModel[]> {
  requireAccess(context, mayReadFamilyPriorAuthorisations(context.caller), FAMILY_READ_REFUSAL);
  if (officer.person === null) return [];
  const rows = await context.loaders.priorAuthorisationsOfOfficer.load(officer.matricule);
  const readable = rows.filter((row) => maySeeClinical(context.caller, clinicalScope(row, row)));
  for (const row of readable) context.loaders.priorAuthorisation.prime(row.id, row);
  return readable;
}

/**
 * One prior authorisation, for the roles that may list them. Another
 * region's is hidden by row-level security, so a mutual agent gets null for
 * it, as for one that does not exist.
 */
export async function findPriorAuthorisation(
  context: MutualContext,
  id: string,
): Promise<PriorAuthorisationModel | null> {
  requireAccess(context, mayReadPriorAuthorisations(context.caller, null), READ_REFUSAL);
  const authorisation = await context.loaders.priorAuthorisation.load(id);
  if (authorisation === null) return null;
  requireAccess(context, mayReadPriorAuthorisations(context.caller, authorisation.regionCode), READ_REFUSAL);
  return authorisation;
}

/**
 * A prior authorisation's reason or decision note: clinical, so null to
 * whoever may not read clinical detail of the beneficiary's file in the
 * authorisation's region, and logged when read.
 */
export async function priorAuthorisationClinicalOf(
  context: MutualContext,
  authorisation: PriorAuthorisationModel,
  field: 'reason' | 'decisionNote',
): Promise<string | null> {
  const value = authorisation[field];
  if (value === null) return null;
  const person = await context.loaders.person.load(authorisation.beneficiaryId);
  if (person === null) return null;
  if (!maySeeClinical(context.caller, clinicalScope(authorisation, person))) return null;
  await context.loaders.clinicalRead.load({ field, claimId: null, priorAuthorisationId: authorisation.id });
  return value;
}

export function authorisationProviderOf(
  context: MutualContext,
  authorisation: PriorAuthorisationModel,
): Promise<ProviderEntity | null> | null {
  return authorisation.providerId ? context.loaders.provider.load(authorisation.providerId) : null;
}

export function authorisationRegionOf(authorisation: PriorAuthorisationModel): RegionModel {
  return { code: authorisation.regionCode };
}
