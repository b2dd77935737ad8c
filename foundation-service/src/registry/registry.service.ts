import {
  type AuditAction,
  BadUserInputError,
  type Caller,
  ConflictError,
  isRegionCode,
  type RegistryFeedPage,
  todayUtc,
  wholeYearsBetween,
  checkExpectedVersion,
} from '@dsp/common';
import { isUniqueViolation, oncePerKey, writeAudit } from '@dsp/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { mayChangeRegistry, mayReadOfficerFile, requireAccess } from '../access';
import type { FoundationContext } from '../context';
import type {
  AddDependentInput,
  ChangeOfficerStatusInput,
  EndDependentLinkInput,
  RegisterOfficerInput,
  StudentCertificateInput,
  TransferOfficerInput,
  UpdateDependentInput,
} from '../generated/schema-types';
import type { DependentEntity } from '../officers/dependent.entity';
import type { OfficerEntity } from '../officers/officer.entity';
import { officerSearchText } from '../officers/officers.rules';
import { appendRegistryEvent, RegistryRepository, type DependentRow, type OfficerRow } from './registry.repository';
import { dependentSnapshot, officerSnapshot } from './registry.rules';

/**
 * Registry changes (issue 6), modelled on appointHead: input validated first
 * (BAD_USER_INPUT naming the field, nothing written), then access from where
 * the officer's row is, then the change in a savepoint of the request's
 * transaction with its audit record and its registry event (the outbox the
 * mutual reads), all or nothing. Creating mutations take an idempotency key;
 * updates an expectedVersion (CONFLICT when stale).
 */

const MATRICULE_PATTERN = /^[A-Za-z0-9]{3,20}$/;
const MAX_NAME_LENGTH = 100;
const MIN_SERVICE_AGE = 18;
const FINAL_STATUSES = new Set(['DECEASED', 'KILLED_ON_DUTY']);

function checkName(field: string, value: string): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInputError(field, `${field} must not be empty.`);
  if (text.length > MAX_NAME_LENGTH)
    throw new BadUserInputError(field, `${field} is at most ${MAX_NAME_LENGTH} characters.`);
  return text;
}

function checkNotFuture(field: string, day: string, today: string): void {
  if (day > today) throw new BadUserInputError(field, `${field} must not be in the future.`);
}

function checkRegion(field: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!isRegionCode(code)) throw new BadUserInputError(field, `No region ${value}.`);
  return code;
}

function checkCertificate(certificate: StudentCertificateInput, birthDate: string): { from: string; until: string } {
  if (certificate.validUntil < certificate.validFrom) {
    throw new BadUserInputError('studentCertificate.validUntil', 'The certificate must end on or after its first day.');
  }
  if (certificate.validFrom < birthDate)
    throw new BadUserInputError('studentCertificate.validFrom', 'The certificate cannot start before the birth date.');
  return { from: certificate.validFrom, until: certificate.validUntil };
}

/** The officer's region as the database says, whoever asks (officer_scope): null when there is no such officer. */
async function officerRegion(ctx: FoundationContext, matricule: string): Promise<string | null> {
  return (await ctx.loaders.officerScope.load(matricule))?.regionCode ?? null;
}

async function requireOfficerInReach(ctx: FoundationContext, matricule: string): Promise<string> {
  const region = await officerRegion(ctx, matricule);
  if (region === null) throw new BadUserInputError('matricule', `No officer ${matricule}.`);
  requireAccess(
    ctx,
    mayChangeRegistry(ctx.caller, region),
    'Registry changes are for the national administration and the foundation agents of the officer’s region.',
  );
  return region;
}

function forgetOfficer(ctx: FoundationContext, matricule: string): void {
  ctx.loaders.officerScope.clear(matricule);
  ctx.loaders.officer.clear(matricule);
  ctx.loaders.dependents.clear(matricule);
}

async function loadOfficer(ctx: FoundationContext, matricule: string): Promise<OfficerEntity> {
  const officer = await new RegistryRepository(await ctx.db.manager()).officer(matricule);
  if (!officer) throw new Error(`The officer ${matricule} was not found after it was written.`);
  return officer;
}

async function loadDependent(ctx: FoundationContext, id: string): Promise<DependentEntity> {
  ctx.loaders.dependent.clear(id);
  ctx.loaders.dependentScope.clear(id);
  const dependent = await new RegistryRepository(await ctx.db.manager()).dependent(id);
  if (!dependent) throw new Error(`The dependent ${id} was not found after it was written.`);
  return dependent;
}

async function audit(
  manager: EntityManager,
  caller: Caller,
  entity: 'officer' | 'dependent',
  entityId: string,
  regionCode: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): Promise<void> {
  await writeAudit(manager, caller, { entity, entityId, regionCode, action, before, after });
}

export async function registerOfficer(ctx: FoundationContext, input: RegisterOfficerInput): Promise<OfficerEntity> {
  const today = todayUtc();
  const matricule = input.matricule.trim();
  if (!MATRICULE_PATTERN.test(matricule))
    throw new BadUserInputError('matricule', 'A matricule is 3 to 20 letters or digits.');
  const names = {
    firstNameAr: checkName('firstNameAr', input.firstNameAr),
    lastNameAr: checkName('lastNameAr', input.lastNameAr),
    firstNameLatin: checkName('firstNameLatin', input.firstNameLatin),
    lastNameLatin: checkName('lastNameLatin', input.lastNameLatin),
  };
  const regionCode = checkRegion('regionCode', input.regionCode);
  checkNotFuture('birthDate', input.birthDate, today);
  checkNotFuture('serviceStartDate', input.serviceStartDate, today);
  if (wholeYearsBetween(input.birthDate, input.serviceStartDate) < MIN_SERVICE_AGE) {
    throw new BadUserInputError('serviceStartDate', `Service starts at ${MIN_SERVICE_AGE} years of age or later.`);
  }
  requireAccess(
    ctx,
    mayChangeRegistry(ctx.caller, regionCode),
    'Registering officers is for the national administration and the foundation agents of the region.',
  );
  const registration = {
    matricule,
    ...names,
    rank: input.rank,
    regionCode,
    birthDate: input.birthDate,
    serviceStartDate: input.serviceStartDate,
  };

  await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'registerOfficer', input.idempotencyKey, registration, async () => {
      const taken = (): BadUserInputError =>
        new BadUserInputError('matricule', `An officer ${matricule} is already registered.`);
      if ((await officerRegion(ctx, matricule)) !== null) throw taken();
      const registry = new RegistryRepository(manager);
      try {
        await registry.insertOfficer({ ...registration, searchText: officerSearchText({ matricule, ...names }) });
      } catch (error) {
        // Registered by a concurrent request after the check above.
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
      const row = (await registry.officerRow(matricule))!;
      await audit(manager, ctx.caller, 'officer', matricule, regionCode, 'REGISTER', null, officerSnapshot(row));
      await appendRegistryEvent(manager, {
        type: 'OFFICER_REGISTERED',
        entity: 'officer',
        entityId: matricule,
        effectiveDate: input.serviceStartDate,
        data: { officer: officerSnapshot(row) },
      });
      return { matricule };
    }),
  );
  forgetOfficer(ctx, matricule);
  return loadOfficer(ctx, matricule);
}

export interface TransferResult {
  matricule: string;
  fromRegionCode: string;
  toRegionCode: string;
  effectiveDate: string;
  version: number;
  /** The officer after the move, when the caller may still read the file. */
  officer: OfficerEntity | null;
}

export async function transferOfficer(ctx: FoundationContext, input: TransferOfficerInput): Promise<TransferResult> {
  const matricule = input.matricule.trim();
  const toRegionCode = checkRegion('toRegionCode', input.toRegionCode);
  checkNotFuture('effectiveDate', input.effectiveDate, todayUtc());
  const expectedVersion = checkExpectedVersion('expectedVersion', input.expectedVersion);
  await requireOfficerInReach(ctx, matricule);

  const result = await ctx.db.write(async (manager) => {
    const registry = new RegistryRepository(manager);
    const before = (await registry.officerRow(matricule, true))!;
    if (before.region_code === toRegionCode)
      throw new BadUserInputError('toRegionCode', `Officer ${matricule} already serves in ${toRegionCode}.`);
    if (before.status !== 'ACTIVE')
      throw new BadUserInputError(
        'matricule',
        `Only an officer in active service is transferred (${matricule} is ${before.status}).`,
      );
    if (input.effectiveDate < before.service_start_date)
      throw new BadUserInputError('effectiveDate', 'A transfer cannot take effect before the service start.');
    if (!(await registry.transfer(matricule, expectedVersion, toRegionCode, input.effectiveDate)))
      throw new ConflictError('This officer was changed by someone else; reload it and try again.');
    const after: OfficerRow = { ...before, region_code: toRegionCode, version: before.version + 1 };
    await audit(manager, ctx.caller, 'officer', matricule, toRegionCode, 'TRANSFER', officerSnapshot(before), {
      ...officerSnapshot(after),
      effectiveDate: input.effectiveDate,
    });
    await appendRegistryEvent(manager, {
      type: 'OFFICER_TRANSFERRED',
      entity: 'officer',
      entityId: matricule,
      effectiveDate: input.effectiveDate,
      data: { officer: officerSnapshot(after), fromRegionCode: before.region_code },
    });
    return { fromRegionCode: before.region_code, version: after.version };
  });
  forgetOfficer(ctx, matricule);
  const visible = mayReadOfficerFile(ctx.caller, { matricule, regionCode: toRegionCode });
  return {
    matricule,
    toRegionCode,
    effectiveDate: input.effectiveDate,
    ...result,
    officer: visible ? await loadOfficer(ctx, matricule) : null,
  };
}

export async function changeOfficerStatus(
  ctx: FoundationContext,
  input: ChangeOfficerStatusInput,
): Promise<OfficerEntity> {
  const matricule = input.matricule.trim();
  if (input.status === 'ACTIVE') throw new BadUserInputError('status', 'An officer is never set back to ACTIVE.');
  checkNotFuture('effectiveDate', input.effectiveDate, todayUtc());
  const expectedVersion = checkExpectedVersion('expectedVersion', input.expectedVersion);
  const regionCode = await requireOfficerInReach(ctx, matricule);

  await ctx.db.write(async (manager) => {
    const registry = new RegistryRepository(manager);
    const before = (await registry.officerRow(matricule, true))!;
    if (FINAL_STATUSES.has(before.status))
      throw new BadUserInputError('status', `Officer ${matricule} is already ${before.status}.`);
    if (before.status === input.status)
      throw new BadUserInputError('status', `Officer ${matricule} is already ${before.status}.`);
    if (input.effectiveDate < before.service_start_date)
      throw new BadUserInputError('effectiveDate', 'A status change cannot take effect before the service start.');
    await registry.setOfficerStatus(matricule, expectedVersion, input.status, input.effectiveDate);
    const after: OfficerRow = { ...before, status: input.status, version: before.version + 1 };
    await audit(manager, ctx.caller, 'officer', matricule, regionCode, 'CHANGE_STATUS', officerSnapshot(before), {
      ...officerSnapshot(after),
      effectiveDate: input.effectiveDate,
    });
    await appendRegistryEvent(manager, {
      type: 'OFFICER_STATUS_CHANGED',
      entity: 'officer',
      entityId: matricule,
      effectiveDate: input.effectiveDate,
      data: { officer: officerSnapshot(after) },
    });
  });
  forgetOfficer(ctx, matricule);
  return loadOfficer(ctx, matricule);
}

export async function addDependent(ctx: FoundationContext, input: AddDependentInput): Promise<DependentEntity> {
  const today = todayUtc();
  const matricule = input.matricule.trim();
  const names = {
    firstNameAr: checkName('firstNameAr', input.firstNameAr),
    lastNameAr: checkName('lastNameAr', input.lastNameAr),
    firstNameLatin: checkName('firstNameLatin', input.firstNameLatin),
    lastNameLatin: checkName('lastNameLatin', input.lastNameLatin),
  };
  checkNotFuture('birthDate', input.birthDate, today);
  const certificate = input.studentCertificate ? checkCertificate(input.studentCertificate, input.birthDate) : null;
  if (certificate && input.relation !== 'CHILD')
    throw new BadUserInputError('studentCertificate', 'Only a child holds a student certificate here.');
  const disabled = input.disabled ?? false;
  const regionCode = await requireOfficerInReach(ctx, matricule);
  const request = { matricule, relation: input.relation, ...names, birthDate: input.birthDate, certificate, disabled };

  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'addDependent', input.idempotencyKey, request, async () => {
      const registry = new RegistryRepository(manager);
      const officer = (await registry.officerRow(matricule, true))!;
      const createdId = await registry.insertDependent(request);
      const row = (await registry.dependentRow(createdId))!;
      const snapshot = dependentSnapshot(row, officer);
      await audit(manager, ctx.caller, 'dependent', row.id, regionCode, 'ADD_DEPENDENT', null, snapshot);
      await appendRegistryEvent(manager, {
        type: 'DEPENDENT_REGISTERED',
        entity: 'dependent',
        entityId: row.id,
        effectiveDate: today,
        data: { dependent: snapshot },
      });
      return { id: row.id };
    }),
  );
  forgetOfficer(ctx, matricule);
  return loadDependent(ctx, id);
}

/** The dependent's officer, once the caller is known to be allowed to change their file. */
async function dependentInReach(
  ctx: FoundationContext,
  dependentId: string,
): Promise<{ matricule: string; regionCode: string }> {
  const scope = await ctx.loaders.dependentScope.load(dependentId.trim());
  if (!scope) throw new BadUserInputError('dependentId', `No dependent ${dependentId}.`);
  requireAccess(
    ctx,
    mayChangeRegistry(ctx.caller, scope.regionCode),
    'Registry changes are for the national administration and the foundation agents of the officer’s region.',
  );
  return { matricule: scope.officerMatricule, regionCode: scope.regionCode };
}

export async function updateDependent(ctx: FoundationContext, input: UpdateDependentInput): Promise<DependentEntity> {
  const today = todayUtc();
  const effectiveDate = input.effectiveDate ?? today;
  checkNotFuture('effectiveDate', effectiveDate, today);
  const expectedVersion = checkExpectedVersion('expectedVersion', input.expectedVersion);
  if (!input.studentCertificate && (input.disabled === null || input.disabled === undefined)) {
    throw new BadUserInputError('studentCertificate', 'Say what changes: a student certificate, or the disability.');
  }
  const id = input.dependentId.trim();
  const { matricule, regionCode } = await dependentInReach(ctx, id);

  await ctx.db.write(async (manager) => {
    const registry = new RegistryRepository(manager);
    const officer = (await registry.officerRow(matricule, true))!;
    const before = (await registry.dependentRow(id))!;
    if (before.link_ended_on !== null)
      throw new BadUserInputError('dependentId', `The link of dependent ${id} ended on ${before.link_ended_on}.`);
    const certificate = input.studentCertificate ? checkCertificate(input.studentCertificate, before.birth_date) : null;
    if (certificate && before.relation !== 'CHILD')
      throw new BadUserInputError('studentCertificate', 'Only a child holds a student certificate here.');
    const after: DependentRow = {
      ...before,
      student_from: certificate ? certificate.from : before.student_from,
      student_until: certificate ? certificate.until : before.student_until,
      disabled: input.disabled ?? before.disabled,
      version: before.version + 1,
    };
    await registry.setDependentSituation(id, expectedVersion, after);
    const snapshot = dependentSnapshot(after, officer);
    await audit(
      manager,
      ctx.caller,
      'dependent',
      id,
      regionCode,
      'UPDATE_DEPENDENT',
      dependentSnapshot(before, officer),
      snapshot,
    );
    await appendRegistryEvent(manager, {
      type: 'DEPENDENT_UPDATED',
      entity: 'dependent',
      entityId: id,
      effectiveDate,
      data: { dependent: snapshot },
    });
  });
  forgetOfficer(ctx, matricule);
  return loadDependent(ctx, id);
}

export async function endDependentLink(ctx: FoundationContext, input: EndDependentLinkInput): Promise<DependentEntity> {
  checkNotFuture('endedOn', input.endedOn, todayUtc());
  const expectedVersion = checkExpectedVersion('expectedVersion', input.expectedVersion);
  const id = input.dependentId.trim();
  const { matricule, regionCode } = await dependentInReach(ctx, id);

  await ctx.db.write(async (manager) => {
    const registry = new RegistryRepository(manager);
    const officer = (await registry.officerRow(matricule, true))!;
    const before = (await registry.dependentRow(id))!;
    if (before.link_ended_on !== null)
      throw new BadUserInputError(
        'dependentId',
        `The link of dependent ${id} already ended on ${before.link_ended_on}.`,
      );
    if (input.endedOn < before.birth_date)
      throw new BadUserInputError('endedOn', 'The link cannot end before the birth date.');
    await registry.endDependentLink(id, expectedVersion, input.endedOn, input.reason);
    const after: DependentRow = {
      ...before,
      link_ended_on: input.endedOn,
      link_end_reason: input.reason,
      version: before.version + 1,
    };
    const snapshot = dependentSnapshot(after, officer);
    await audit(manager, ctx.caller, 'dependent', id, regionCode, 'END_LINK', dependentSnapshot(before, officer), {
      ...snapshot,
      reason: input.reason,
    });
    await appendRegistryEvent(manager, {
      type: 'DEPENDENT_LINK_ENDED',
      entity: 'dependent',
      entityId: id,
      effectiveDate: input.endedOn,
      data: { dependent: snapshot },
    });
  });
  forgetOfficer(ctx, matricule);
  return loadDependent(ctx, id);
}

/**
 * One page of the registry feed after sequence `after` and the feed's head,
 * on the feed's own connections (not a request's), in one REPEATABLE READ
 * transaction so the page and the head are read from the same snapshot.
 */
export function readRegistryFeed(dataSource: DataSource, after: number, limit: number): Promise<RegistryFeedPage> {
  return dataSource.transaction('REPEATABLE READ', (manager) => new RegistryRepository(manager).feedPage(after, limit));
}
