import { BadUserInputError, cursorCodec, isUuid, pageSize } from '@dsp/common';
import { maySeeDiagnosisReads, requireAccess } from '../access';
import type { MutualContext } from '../context';
import type { PageInfo } from '../generated/schema-types';
import type { RegionModel } from '../regions/region.model';
import type { DiagnosisReadModel } from './diagnosis-read.model';
import { DiagnosisReadsRepository } from './diagnoses.repository';

/** Cursors stand for a read's id, a positive bigint. */
const diagnosisReadCursor = cursorCodec('diagnosis-read:', (id) => /^[1-9][0-9]{0,17}$/.test(id));

export interface DiagnosisReadPageArgs {
  claimId?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface DiagnosisReadPage {
  edges: Array<{ cursor: string; node: DiagnosisReadModel }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** A page of the diagnosis read log, newest first, for the national administration only. */
export async function listDiagnosisReads(
  context: MutualContext,
  args: DiagnosisReadPageArgs,
): Promise<DiagnosisReadPage> {
  requireAccess(
    context,
    maySeeDiagnosisReads(context.caller),
    'Only the national administration sees who read diagnoses.',
  );
  const first = pageSize(args.first, 50);
  const claimId = args.claimId ?? null;
  if (claimId !== null && !isUuid(claimId)) throw new BadUserInputError('claimId', `"${claimId}" is not a claim id.`);
  const after = args.after == null ? null : diagnosisReadCursor.decode(args.after);
  const filter = { claimId };

  const repository = new DiagnosisReadsRepository(await context.db.manager());
  const rows = await repository.page(filter, after, first + 1);
  const totalCount = await repository.count(filter);
  const edges = rows.slice(0, first).map((node) => ({ cursor: diagnosisReadCursor.encode(node.id), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

export function claimHandlingRegionOf(read: DiagnosisReadModel): RegionModel {
  return { code: read.handlingRegionCode };
}

export function readerRegionOf(read: DiagnosisReadModel): RegionModel | null {
  return read.readerRegion === null ? null : { code: read.readerRegion };
}
