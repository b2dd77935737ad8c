import type { DependentSnapshot, OfficerSnapshot, RegistryEvent } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import { isEligibleDependent } from '../beneficiaries/eligibility.rules';
import { defaultPlanCode } from '../beneficiaries/enrolment.rules';
import { RegistryFeedRepository } from './registry-feed.repository';
import { coverageStart, feedMemberNumber, isFinalStatus, rightsEnd, schemeReference } from './registry-feed.rules';

/**
 * Applies one registry event to the beneficiary file, in the caller's
 * transaction (the consumer's, which also advances the cursor). Events carry
 * snapshots, and every step here is "make the file say this": applying an
 * event twice changes nothing, and replaying the feed from the start ends
 * where the file already is. The rules are the seed's (seed/demo-data.ts):
 *
 * - an officer is in the file while ACTIVE or RETIRED; one who dies keeps
 *   their row (claims refer to it) and their coverage ends on the day of
 *   death; an officer already dead when first heard of is not enrolled;
 * - a transfer or a status change moves the officer's whole family (region
 *   of affiliation, officer status); claims keep their handling region;
 * - a spouse or child is enrolled while they have rights (spouses always,
 *   widows included; children to 21, to 26 with a valid student
 *   certificate, for life when disabled); parents are not the mutual's;
 * - rights that return (a student certificate) reopen the latest coverage;
 *   rights that end (a link ended, a child grown up) close it on their last day;
 * - a head's term is copied as the appointments hold it (see head_term).
 *
 * Eligibility is decided as of the event's effective date, never the clock,
 * so a replay decides the same way.
 */
export async function applyRegistryEvent(manager: EntityManager, event: RegistryEvent): Promise<void> {
  const repository = new RegistryFeedRepository(manager);
  if (event.entity === 'officer') await applyOfficer(repository, event.data.officer, event);
  else if (event.entity === 'dependent') await applyDependent(repository, event.data.dependent, event);
  else await repository.saveHeadTerm(event.data.term);
}

async function planId(repository: RegistryFeedRepository, code: string): Promise<string> {
  const plan = await repository.planId(code);
  if (plan === null)
    throw new Error(`The mutual has no plan ${code}: load its catalogue before reading the registry feed.`);
  return plan;
}

async function applyOfficer(
  repository: RegistryFeedRepository,
  officer: OfficerSnapshot,
  event: RegistryEvent,
): Promise<void> {
  const row = await repository.moveOfficerFamily(officer);
  if (!row) {
    if (isFinalStatus(officer.status)) return;
    await repository.insertOfficer(officer);
    const plan = await planId(repository, defaultPlanCode(officer.rank));
    await repository.openCoverage({
      personId: officer.matricule,
      planId: plan,
      memberNumber: feedMemberNumber(event.sequence),
      reference: schemeReference(officer.matricule, 0),
      start: coverageStart(officer.serviceStartDate),
      end: null,
    });
    return;
  }
  if (row.birth_date !== officer.birthDate) await repository.setBirthDate(officer.matricule, officer.birthDate);
  if (isFinalStatus(officer.status) && row.coverage_id !== null && row.coverage_end === null) {
    await repository.endCoverage(row.coverage_id, event.effectiveDate);
  }
}

async function applyDependent(
  repository: RegistryFeedRepository,
  dependent: DependentSnapshot,
  event: RegistryEvent,
): Promise<void> {
  if (dependent.relation === 'PARENT') return;
  const eligible = dependent.linkEndedOn === null && isEligibleDependent(dependent, event.effectiveDate);
  const row = await repository.updateDependentFacts(dependent);
  if (!row) {
    if (dependent.linkEndedOn !== null) return;
    const start = coverageStart(dependent.officerServiceStartDate, dependent.birthDate);
    const end = eligible ? null : rightsEnd(dependent, event.effectiveDate);
    if (end !== null && end < start) return;
    await repository.insertDependent(dependent);
    const family = await repository.familyOf(dependent.officerMatricule);
    const plan = family?.plan_id ?? (await planId(repository, defaultPlanCode(dependent.officerRank)));
    await repository.openCoverage({
      personId: dependent.id,
      planId: plan,
      memberNumber: feedMemberNumber(event.sequence),
      reference: schemeReference(dependent.officerMatricule, Number(family?.rank ?? 1)),
      start,
      end,
    });
    return;
  }
  if (row.coverage_id === null) return;
  if (eligible && row.coverage_end !== null) {
    await repository.reopenCoverage(row.coverage_id);
  } else if (!eligible && row.coverage_end === null) {
    await repository.endCoverage(row.coverage_id, rightsEnd(dependent, event.effectiveDate));
  }
}
