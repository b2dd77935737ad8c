import type { DependentResolvers, OfficerResolvers, QueryResolvers } from '../generated/graphql';
import { required } from '../shared/required';
import { fullName, fullNameAr, isStudent, listOfficers, yearsOfService } from './officers.service';

export const officerQueries: QueryResolvers = {
  officer: (_parent, { matricule }, ctx) => ctx.loaders.officer.load(matricule),
  officers: (_parent, { region, search, first, after }, ctx) =>
    listOfficers(ctx, { region: region ?? null, search: search ?? null, first: first ?? null, after: after ?? null }),
};

export const Officer: OfficerResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.officer.load(reference.matricule),
  fullName: (officer) => fullName(officer),
  fullNameAr: (officer) => fullNameAr(officer),
  region: (officer, _args, ctx) => required(ctx.loaders.region.load(officer.regionCode), 'Region', officer.regionCode),
  yearsOfService: (officer) => yearsOfService(officer),
  trainings: (officer, _args, ctx) => ctx.loaders.trainings.load(officer.matricule),
  dependents: (officer, _args, ctx) => ctx.loaders.dependents.load(officer.matricule),
  applications: (officer, _args, ctx) => ctx.loaders.officerApplications.load(officer.matricule),
};

export const Dependent: DependentResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.dependent.load(reference.id),
  officer: (dependent, _args, ctx) => required(ctx.loaders.officer.load(dependent.officerMatricule), 'Officer', dependent.officerMatricule),
  fullName: (dependent) => fullName(dependent),
  fullNameAr: (dependent) => fullNameAr(dependent),
  student: (dependent) => isStudent(dependent),
};
