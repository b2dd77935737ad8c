import { readOfficer } from '../access/access.service';
import type { HeadAppointmentResolvers, MutationResolvers, QueryResolvers } from '../generated/graphql';
import { required } from '../base/required';
import { referencedRegion } from '../regions/regions.service';
import { isRotationDue, termEndsOn } from './heads.rules';
import { appointHead, findHeadAppointment, regionsDueForRotation } from './heads.service';

export const headQueries: QueryResolvers = {
  regionsDueForRotation: (_parent, _args, ctx) => regionsDueForRotation(ctx),
};

export const headMutations: MutationResolvers = {
  appointHead: (_parent, { input }, ctx) => appointHead(ctx, input),
};

export const HeadAppointment: HeadAppointmentResolvers = {
  __resolveReference: (reference, ctx) => findHeadAppointment(ctx, reference.id),
  region: (appointment, _args, ctx) => referencedRegion(ctx, appointment.regionCode),
  officer: (appointment, _args, ctx) =>
    required(readOfficer(ctx, appointment.officerMatricule), 'Officer', appointment.officerMatricule),
  termEndsOn: (appointment, _args, ctx) => termEndsOn(appointment, ctx.settings.headTermYears),
  rotationDue: (appointment, _args, ctx) => isRotationDue(appointment, ctx.settings.headTermYears),
};
