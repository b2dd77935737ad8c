import { BadUserInputError, type Caller, ConflictError, type DependentSnapshot, isRegionCode, type OfficerSnapshot, todayUtc, wholeYearsBetween } from '@dsp/common';
import { isUniqueViolation, oncePerKey, updateVersioned, writeAudit } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { mayReadOfficerFile, requireAccess } from '../access';
import type { FoundationContext } from '../context';
import type { AddDependentInput, ChangeOfficerStatusInput, EndDependentLinkInput, RegisterOfficerInput, StudentCertificateInput, TransferOfficerInput, UpdateDependentInput } from '../generated/schema-types';
import { DependentEntity } from '../officers/dependent.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { officerSearchText } from '../officers/officers.service';
import { appendRegistryEvent } from './outbox';
import { mayChangeRegistry } from './registry.access';

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

interface OfficerRow {
  matricule: string;
  rank: string;
  region_code: string;
  status: OfficerSnapshot['status'];
  birth_date: string;
  service_start_date: string;
  version: number;
}

interface DependentRow {
  id: string;
  officer_matricule: string;
  relation: DependentSnapshot['relation'];
  birth_date: string;
  student_from: string | null;
  student_until: string | null;
  disabled: boolean;
  link_ended_on: string | null;
  link_end_reason: string | null;
  version: number;
}

const OFFICER_COLUMNS = `matricule, rank, region_code, status, to_char(birth_date, 'YYYY-MM-DD') AS birth_date,
  to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date, version`;
const DEPENDENT_COLUMNS = `id, officer_matricule, relation, to_char(birth_date, 'YYYY-MM-DD') AS birth_date,
  to_char(student_from, 'YYYY-MM-DD') AS student_from, to_char(student_until, 'YYYY-MM-DD') AS student_until, disabled,
  to_char(link_ended_on, 'YYYY-MM-DD') AS link_ended_on, link_end_reason, version`;

const officerSnapshot = (row: OfficerRow): OfficerSnapshot => ({
  matricule: row.matricule,
  rank: row.rank,
  regionCode: row.region_code,
  status: row.status,
  birthDate: row.birth_date,
  serviceStartDate: row.service_start_date,
});

const dependentSnapshot = (row: DependentRow, officer: OfficerRow): DependentSnapshot => ({
  id: row.id,
  officerMatricule: row.officer_matricule,
  relation: row.relation,
  birthDate: row.birth_date,
  studentFrom: row.student_from,
  studentUntil: row.student_until,
  disabled: row.disabled,
  linkEndedOn: row.link_ended_on,
  officerRegionCode: officer.region_code,
  officerStatus: officer.status,
  officerRank: officer.rank,
  officerServiceStartDate: officer.service_start_date,
});

function checkName(field: string, value: string): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInputError(field, `${field} must not be empty.`);
  if (text.length > MAX_NAME_LENGTH) throw new BadUserInputError(field, `${field} is at most ${MAX_NAME_LENGTH} characters.`);
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

function checkVersion(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new BadUserInputError('expectedVersion', 'expectedVersion is the version last read, 1 or more.');
  return value;
}

function checkCertificate(certificate: StudentCertificateInput, birthDate: string): { from: string; until: string } {
  if (certificate.validUntil < certificate.validFrom) {
    throw new BadUserInputError('studentCertificate.validUntil', 'The certificate must end on or after its first day.');
  }
  if (certificate.validFrom < birthDate) throw new BadUserInputError('studentCertificate.validFrom', 'The certificate cannot start before the birth date.');
  return { from: certificate.validFrom, until: certificate.validUntil };
}

async function officerRow(manager: EntityManager, matricule: string, lock = false): Promise<OfficerRow | undefined> {
  const [row] = await manager.query<OfficerRow[]>(`SELECT ${OFFICER_COLUMNS} FROM officer WHERE matricule = $1${lock ? ' FOR UPDATE' : ''}`, [matricule]);
  return row;
}

async function dependentRow(manager: EntityManager, id: string): Promise<DependentRow | undefined> {
  const [row] = await manager.query<DependentRow[]>(`SELECT ${DEPENDENT_COLUMNS} FROM dependent WHERE id = $1`, [id]);
  return row;
}

/** The officer's region as the database says, whoever asks (officer_scope): null when there is no such officer. */
async function officerRegion(ctx: FoundationContext, matricule: string): Promise<string | null> {
  return (await ctx.loaders.officerScope.load(matricule))?.regionCode ?? null;
}

async function requireOfficerInReach(ctx: FoundationContext, matricule: string): Promise<string> {
  const region = await officerRegion(ctx, matricule);
  if (region === null) throw new BadUserInputError('matricule', `No officer ${matricule}.`);
  requireAccess(ctx, mayChangeRegistry(ctx.caller, region), 'Registry changes are for the national administration and the foundation agents of the officer’s region.');
  return region;
}

function forgetOfficer(ctx: FoundationContext, matricule: string): void {
  ctx.loaders.officerScope.clear(matricule);
  ctx.loaders.officer.clear(matricule);
  ctx.loaders.dependents.clear(matricule);
}

async function loadOfficer(ctx: FoundationContext, matricule: string): Promise<OfficerEntity> {
  const officer = await (await ctx.db.manager()).findOneBy(OfficerEntity, { matricule });
  if (!officer) throw new Error(`The officer ${matricule} was not found after it was written.`);
  return officer;
}

async function loadDependent(ctx: FoundationContext, id: string): Promise<DependentEntity> {
  ctx.loaders.dependent.clear(id);
  ctx.loaders.dependentScope.clear(id);
  const dependent = await (await ctx.db.manager()).findOneBy(DependentEntity, { id });
  if (!dependent) throw new Error(`The dependent ${id} was not found after it was written.`);
  return dependent;
}

async function audit(manager: EntityManager, caller: Caller, entity: 'officer' | 'dependent', entityId: string, regionCode: string, action: string, before: unknown, after: unknown): Promise<void> {
  await writeAudit(manager, caller, { entity, entityId, regionCode, action, before, after });
}

export async function registerOfficer(ctx: FoundationContext, input: RegisterOfficerInput): Promise<OfficerEntity> {
  const today = todayUtc();
  const matricule = input.matricule.trim();
  if (!MATRICULE_PATTERN.test(matricule)) throw new BadUserInputError('matricule', 'A matricule is 3 to 20 letters or digits.');
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
  requireAccess(ctx, mayChangeRegistry(ctx.caller, regionCode), 'Registering officers is for the national administration and the foundation agents of the region.');
  const registration = { matricule, ...names, rank: input.rank, regionCode, birthDate: input.birthDate, serviceStartDate: input.serviceStartDate };

  await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'registerOfficer', input.idempotencyKey, registration, async () => {
      const taken = (): BadUserInputError => new BadUserInputError('matricule', `An officer ${matricule} is already registered.`);
      if ((await officerRegion(ctx, matricule)) !== null) throw taken();
      try {
        await manager.query(
          `INSERT INTO officer (matricule, first_name_ar, last_name_ar, first_name_latin, last_name_latin, rank, region_code, status,
                                birth_date, service_start_date, search_text, region_since, status_since)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'ACTIVE', $8, $9, $10, $9, $9)`,
          [matricule, names.firstNameAr, names.lastNameAr, names.firstNameLatin, names.lastNameLatin, input.rank, regionCode, input.birthDate,
            input.serviceStartDate, officerSearchText({ matricule, ...names })],
        );
      } catch (error) {
        // Registered by a concurrent request after the check above.
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
      const row = (await officerRow(manager, matricule))!;
      await audit(manager, ctx.caller, 'officer', matricule, regionCode, 'REGISTER', null, officerSnapshot(row));
      await appendRegistryEvent(manager, {
        type: 'OFFICER_REGISTERED', entity: 'officer', entityId: matricule, effectiveDate: input.serviceStartDate, data: { officer: officerSnapshot(row) },
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
  const expectedVersion = checkVersion(input.expectedVersion);
  await requireOfficerInReach(ctx, matricule);

  const result = await ctx.db.write(async (manager) => {
    const before = (await officerRow(manager, matricule, true))!;
    if (before.region_code === toRegionCode) throw new BadUserInputError('toRegionCode', `Officer ${matricule} already serves in ${toRegionCode}.`);
    if (before.status !== 'ACTIVE') throw new BadUserInputError('matricule', `Only an officer in active service is transferred (${matricule} is ${before.status}).`);
    if (input.effectiveDate < before.service_start_date) throw new BadUserInputError('effectiveDate', 'A transfer cannot take effect before the service start.');
    const [moved] = await manager.query<Array<{ changed: number }>>('SELECT officer_transfer($1, $2, $3, $4) AS changed', [
      matricule, expectedVersion, toRegionCode, input.effectiveDate,
    ]);
    if (moved?.changed !== 1) throw new ConflictError('This officer was changed by someone else; reload it and try again.');
    const after: OfficerRow = { ...before, region_code: toRegionCode, version: before.version + 1 };
    await audit(manager, ctx.caller, 'officer', matricule, toRegionCode, 'TRANSFER', officerSnapshot(before), { ...officerSnapshot(after), effectiveDate: input.effectiveDate });
    await appendRegistryEvent(manager, {
      type: 'OFFICER_TRANSFERRED', entity: 'officer', entityId: matricule, effectiveDate: input.effectiveDate,
      data: { officer: officerSnapshot(after), fromRegionCode: before.region_code },
    });
    return { fromRegionCode: before.region_code, version: after.version };
  });
  forgetOfficer(ctx, matricule);
  const visible = mayReadOfficerFile(ctx.caller, { matricule, regionCode: toRegionCode });
  return { matricule, toRegionCode, effectiveDate: input.effectiveDate, ...result, officer: visible ? await loadOfficer(ctx, matricule) : null };
}

export async function changeOfficerStatus(ctx: FoundationContext, input: ChangeOfficerStatusInput): Promise<OfficerEntity> {
  const matricule = input.matricule.trim();
  if (input.status === 'ACTIVE') throw new BadUserInputError('status', 'An officer is never set back to ACTIVE.');
  checkNotFuture('effectiveDate', input.effectiveDate, todayUtc());
  const expectedVersion = checkVersion(input.expectedVersion);
  const regionCode = await requireOfficerInReach(ctx, matricule);

  await ctx.db.write(async (manager) => {
    const before = (await officerRow(manager, matricule, true))!;
    if (FINAL_STATUSES.has(before.status)) throw new BadUserInputError('status', `Officer ${matricule} is already ${before.status}.`);
    if (before.status === input.status) throw new BadUserInputError('status', `Officer ${matricule} is already ${before.status}.`);
    if (input.effectiveDate < before.service_start_date) throw new BadUserInputError('effectiveDate', 'A status change cannot take effect before the service start.');
    await updateVersioned(manager, 'officer', matricule, expectedVersion, 'status = $3, status_since = $4', [input.status, input.effectiveDate], 'matricule');
    const after: OfficerRow = { ...before, status: input.status, version: before.version + 1 };
    await audit(manager, ctx.caller, 'officer', matricule, regionCode, 'CHANGE_STATUS', officerSnapshot(before), { ...officerSnapshot(after), effectiveDate: input.effectiveDate });
    await appendRegistryEvent(manager, {
      type: 'OFFICER_STATUS_CHANGED', entity: 'officer', entityId: matricule, effectiveDate: input.effectiveDate, data: { officer: officerSnapshot(after) },
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
  if (certificate && input.relation !== 'CHILD') throw new BadUserInputError('studentCertificate', 'Only a child holds a student certificate here.');
  const disabled = input.disabled ?? false;
  const regionCode = await requireOfficerInReach(ctx, matricule);
  const request = { matricule, relation: input.relation, ...names, birthDate: input.birthDate, certificate, disabled };

  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'addDependent', input.idempotencyKey, request, async () => {
      const officer = (await officerRow(manager, matricule, true))!;
      const [created] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO dependent (id, officer_matricule, relation, first_name_ar, last_name_ar, first_name_latin, last_name_latin, birth_date,
                                student_from, student_until, disabled)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [matricule, input.relation, names.firstNameAr, names.lastNameAr, names.firstNameLatin, names.lastNameLatin, input.birthDate,
          certificate?.from ?? null, certificate?.until ?? null, disabled],
      );
      const row = (await dependentRow(manager, created.id))!;
      const snapshot = dependentSnapshot(row, officer);
      await audit(manager, ctx.caller, 'dependent', row.id, regionCode, 'ADD_DEPENDENT', null, snapshot);
      await appendRegistryEvent(manager, { type: 'DEPENDENT_REGISTERED', entity: 'dependent', entityId: row.id, effectiveDate: today, data: { dependent: snapshot } });
      return { id: row.id };
    }),
  );
  forgetOfficer(ctx, matricule);
  return loadDependent(ctx, id);
}

/** The dependent's officer, once the caller is known to be allowed to change their file. */
async function dependentInReach(ctx: FoundationContext, dependentId: string): Promise<{ matricule: string; regionCode: string }> {
  const scope = await ctx.loaders.dependentScope.load(dependentId.trim());
  if (!scope) throw new BadUserInputError('dependentId', `No dependent ${dependentId}.`);
  requireAccess(ctx, mayChangeRegistry(ctx.caller, scope.regionCode), 'Registry changes are for the national administration and the foundation agents of the officer’s region.');
  return { matricule: scope.officerMatricule, regionCode: scope.regionCode };
}

export async function updateDependent(ctx: FoundationContext, input: UpdateDependentInput): Promise<DependentEntity> {
  const today = todayUtc();
  const effectiveDate = input.effectiveDate ?? today;
  checkNotFuture('effectiveDate', effectiveDate, today);
  const expectedVersion = checkVersion(input.expectedVersion);
  if (!input.studentCertificate && (input.disabled === null || input.disabled === undefined)) {
    throw new BadUserInputError('studentCertificate', 'Say what changes: a student certificate, or the disability.');
  }
  const id = input.dependentId.trim();
  const { matricule, regionCode } = await dependentInReach(ctx, id);

  await ctx.db.write(async (manager) => {
    const officer = (await officerRow(manager, matricule, true))!;
    const before = (await dependentRow(manager, id))!;
    if (before.link_ended_on !== null) throw new BadUserInputError('dependentId', `The link of dependent ${id} ended on ${before.link_ended_on}.`);
    const certificate = input.studentCertificate ? checkCertificate(input.studentCertificate, before.birth_date) : null;
    if (certificate && before.relation !== 'CHILD') throw new BadUserInputError('studentCertificate', 'Only a child holds a student certificate here.');
    const after: DependentRow = {
      ...before,
      student_from: certificate ? certificate.from : before.student_from,
      student_until: certificate ? certificate.until : before.student_until,
      disabled: input.disabled ?? before.disabled,
      version: before.version + 1,
    };
    await updateVersioned(manager, 'dependent', id, expectedVersion, 'student_from = $3, student_until = $4, disabled = $5', [
      after.student_from, after.student_until, after.disabled,
    ]);
    const snapshot = dependentSnapshot(after, officer);
    await audit(manager, ctx.caller, 'dependent', id, regionCode, 'UPDATE_DEPENDENT', dependentSnapshot(before, officer), snapshot);
    await appendRegistryEvent(manager, { type: 'DEPENDENT_UPDATED', entity: 'dependent', entityId: id, effectiveDate, data: { dependent: snapshot } });
  });
  forgetOfficer(ctx, matricule);
  return loadDependent(ctx, id);
}

export async function endDependentLink(ctx: FoundationContext, input: EndDependentLinkInput): Promise<DependentEntity> {
  checkNotFuture('endedOn', input.endedOn, todayUtc());
  const expectedVersion = checkVersion(input.expectedVersion);
  const id = input.dependentId.trim();
  const { matricule, regionCode } = await dependentInReach(ctx, id);

  await ctx.db.write(async (manager) => {
    const officer = (await officerRow(manager, matricule, true))!;
    const before = (await dependentRow(manager, id))!;
    if (before.link_ended_on !== null) throw new BadUserInputError('dependentId', `The link of dependent ${id} already ended on ${before.link_ended_on}.`);
    if (input.endedOn < before.birth_date) throw new BadUserInputError('endedOn', 'The link cannot end before the birth date.');
    await updateVersioned(manager, 'dependent', id, expectedVersion, 'link_ended_on = $3, link_end_reason = $4', [input.endedOn, input.reason]);
    const after: DependentRow = { ...before, link_ended_on: input.endedOn, link_end_reason: input.reason, version: before.version + 1 };
    const snapshot = dependentSnapshot(after, officer);
    await audit(manager, ctx.caller, 'dependent', id, regionCode, 'END_LINK', dependentSnapshot(before, officer), { ...snapshot, reason: input.reason });
    await appendRegistryEvent(manager, { type: 'DEPENDENT_LINK_ENDED', entity: 'dependent', entityId: id, effectiveDate: input.endedOn, data: { dependent: snapshot } });
  });
  forgetOfficer(ctx, matricule);
  return loadDependent(ctx, id);
}
