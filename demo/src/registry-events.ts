import type { HeadTermSnapshot, NewRegistryEvent } from '@dsp/common';
import type { DemoHead, DemoPopulation } from './population';

/** A demonstration head's term, open since the appointment (the mutual's seeds copy it as the feed would). */
export function demoHeadTerm(head: DemoHead): HeadTermSnapshot {
  return { regionCode: head.regionCode, officerMatricule: head.matricule, startDate: head.startDate, endDate: null };
}

/** The day the demonstration registry describes: the demo seed's events take effect on it. */
export const DEMO_REGISTRY_DAY = '2026-11-27';

/**
 * The events that build the demonstration registry from nothing: every
 * officer registered, then every dependent, then the heads' appointments, in
 * the population's order. The
 * foundation's seed writes exactly these into its outbox (sequences 1..n),
 * and the mutual's file agrees with them: both sides start in step.
 */
export function demoRegistryEvents(population: DemoPopulation): NewRegistryEvent[] {
  const officers = new Map(population.officers.map((officer) => [officer.matricule, officer]));
  const events: NewRegistryEvent[] = population.officers.map((officer) => ({
    type: 'OFFICER_REGISTERED',
    entity: 'officer',
    entityId: officer.matricule,
    effectiveDate: DEMO_REGISTRY_DAY,
    data: {
      officer: {
        matricule: officer.matricule,
        rank: officer.rank,
        regionCode: officer.regionCode,
        status: officer.status,
        birthDate: officer.birthDate,
        serviceStartDate: officer.serviceStartDate,
      },
    },
  }));
  for (const dependent of population.dependents) {
    const officer = officers.get(dependent.officerMatricule);
    if (!officer) continue;
    events.push({
      type: 'DEPENDENT_REGISTERED',
      entity: 'dependent',
      entityId: dependent.id,
      effectiveDate: DEMO_REGISTRY_DAY,
      data: {
        dependent: {
          id: dependent.id,
          officerMatricule: dependent.officerMatricule,
          relation: dependent.relation,
          birthDate: dependent.birthDate,
          studentFrom: null,
          studentUntil: dependent.studentUntil,
          disabled: dependent.disabled,
          linkEndedOn: null,
          officerRegionCode: officer.regionCode,
          officerStatus: officer.status,
          officerRank: officer.rank,
          officerServiceStartDate: officer.serviceStartDate,
        },
      },
    });
  }
  for (const head of population.heads) {
    events.push({
      type: 'HEAD_APPOINTED',
      entity: 'head_term',
      entityId: `${head.regionCode}:${head.startDate}`,
      effectiveDate: DEMO_REGISTRY_DAY,
      data: { term: demoHeadTerm(head) },
    });
  }
  return events;
}
