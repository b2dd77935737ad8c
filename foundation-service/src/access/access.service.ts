import type { ApplicationEntity } from '../applications/application.entity';
import type { FoundationContext } from '../context';
import type { DependentEntity } from '../officers/dependent.entity';
import type { OfficerEntity } from '../officers/officer.entity';
import { required } from '../base/required';
import {
  mayListApplicationsOf,
  mayReadApplication,
  mayReadOfficerFile,
  mayReadOfficerIdentity,
  mayReadRegionFigures,
  officerListRegion,
  requireAccess,
} from './index';

/**
 * The access checks every resolver goes through: root queries, fields and
 * entity references alike, so an `_entities` call cannot fetch what a root
 * query refuses. Where a row belongs is read from the database (the scope
 * loaders), never from the representation the client sent. A row that does
 * not exist is null; one that exists but is out of reach is FORBIDDEN and
 * nothing of it is returned.
 */

/** An officer by matricule: the whole file in scope, the identity of a head for everyone, FORBIDDEN otherwise. */
export async function readOfficer(ctx: FoundationContext, matricule: string): Promise<OfficerEntity | null> {
  const scope = await ctx.loaders.officerScope.load(matricule);
  if (scope === null) return null;
  requireAccess(ctx, mayReadOfficerIdentity(ctx.caller, scope));
  return required(ctx.loaders.officer.load(matricule), 'Officer', matricule);
}

/** The parts of an officer's file beyond their public identity (dependents, trainings, service dates). */
export function requireOfficerFile(
  ctx: FoundationContext,
  officer: Pick<OfficerEntity, 'matricule' | 'regionCode'>,
): void {
  requireAccess(ctx, mayReadOfficerFile(ctx.caller, officer));
}

/** The caller's own officer file, when their subject is a matricule whose file they may read; null otherwise. */
export async function readOwnOfficer(ctx: FoundationContext): Promise<OfficerEntity | null> {
  const scope = await ctx.loaders.officerScope.load(ctx.caller.sub);
  if (scope === null || !mayReadOfficerFile(ctx.caller, scope)) return null;
  return ctx.loaders.officer.load(ctx.caller.sub);
}

/** A dependent: whoever may read the file of the officer they depend on (a head's dependents are not public). */
export async function readDependent(ctx: FoundationContext, id: string): Promise<DependentEntity | null> {
  const scope = await ctx.loaders.dependentScope.load(id);
  if (scope === null) return null;
  requireAccess(
    ctx,
    mayReadOfficerFile(ctx.caller, { matricule: scope.officerMatricule, regionCode: scope.regionCode }),
  );
  return required(ctx.loaders.dependent.load(id), 'Dependent', id);
}

/** An application: by the region it draws on, or the applicant. */
export async function readApplication(ctx: FoundationContext, id: string): Promise<ApplicationEntity | null> {
  const scope = await ctx.loaders.applicationScope.load(id);
  if (scope === null) return null;
  requireAccess(ctx, mayReadApplication(ctx.caller, scope));
  return required(ctx.loaders.application.load(id), 'Application', id);
}

/** An officer's applications the caller may see; FORBIDDEN to roles that see none. */
export async function officerApplications(
  ctx: FoundationContext,
  officer: OfficerEntity,
): Promise<ApplicationEntity[]> {
  requireAccess(ctx, mayListApplicationsOf(ctx.caller, officer));
  const applications = await ctx.loaders.officerApplications.load(officer.matricule);
  return applications.filter((application) => mayReadApplication(ctx.caller, application));
}

/** A region's figures: staff, beneficiaries, social programmes. */
export function requireRegionFigures(ctx: FoundationContext, regionCode: string): void {
  requireAccess(ctx, mayReadRegionFigures(ctx.caller, regionCode));
}

/** The region an `officers` list is limited to (null: every region), or FORBIDDEN. */
export function officersListRegion(ctx: FoundationContext, requested: string | null): string | null {
  const region = officerListRegion(ctx.caller, requested);
  requireAccess(ctx, region !== undefined);
  return region ?? null;
}
