import { officerApplications, readDependent, readOfficer } from '../access/access.service';
import type { DependentResolvers, OfficerResolvers, QueryResolvers } from '../generated/graphql';
import { required } from '../base/required';
import { referencedRegion } from '../regions/regions.service';
import { fullName, fullNameAr, isStudent } from './officers.rules';
import {
  listOfficers,
  officerBirthDate,
  officerDependents,
  officerTrainings,
  officerYearsOfService,
  serviceStartDate,
} from './officers.service';

export const officerQueries: QueryResolvers = {
  officer: (_parent, { matricule }, ctx) => readOfficer(ctx, matricule),
  officers: (_parent, { region, search, first, after }, ctx) =>
    listOfficers(ctx, { region: region ?? null, search: search ?? null, first: first ?? null, after: after ?? null }),
};

/** Identity fields (matricule, names, rank, region, status) come with the officer; the rest of the file is checked field by field. */
export const Officer: OfficerResolvers = {
  __resolveReference: (reference, ctx) => readOfficer(ctx, reference.matricule),
  fullName: (officer) => fullName(officer),
  fullNameAr: (officer) => fullNameAr(officer),
  region: (officer, _args, ctx) => referencedRegion(ctx, officer.regionCode),
  birthDate: (officer, _args, ctx) => officerBirthDate(ctx, officer),
  serviceStartDate: (officer, _args, ctx) => serviceStartDate(ctx, officer),
  yearsOfService: (officer, _args, ctx) => officerYearsOfService(ctx, officer),
  trainings: (officer, _args, ctx) => officerTrainings(ctx, officer),
  dependents: (officer, _args, ctx) => officerDependents(ctx, officer),
  applications: (officer, _args, ctx) => officerApplications(ctx, officer),
};

export const Dependent: DependentResolvers = {
  __resolveReference: (reference, ctx) => readDependent(ctx, reference.id),
  officer: (dependent, _args, ctx) =>
    required(readOfficer(ctx, dependent.officerMatricule), 'Officer', dependent.officerMatricule),
  fullName: (dependent) => fullName(dependent),
  fullNameAr: (dependent) => fullNameAr(dependent),
  student: (dependent) => isStudent(dependent),
};
