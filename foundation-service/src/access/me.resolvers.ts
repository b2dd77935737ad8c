import type { MeResolvers, QueryResolvers } from '../generated/graphql';
import { required } from '../base/required';
import { readOwnOfficer } from './access.service';

export const meQueries: QueryResolvers = {
  me: (_parent, _args, ctx) => ctx.identity,
};

export const Me: MeResolvers = {
  sub: (me) => me.sub,
  role: (me) => me.role,
  region: (me, _args, ctx) =>
    me.region === null ? null : required(ctx.loaders.region.load(me.region), 'Region', me.region),
  officer: (_me, _args, ctx) => readOwnOfficer(ctx),
};
