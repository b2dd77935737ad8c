import type { MeResolvers, QueryResolvers } from '../generated/graphql';
import { callerRegion } from '../regions/regions.service';
import { readOwnOfficer } from './access.service';

export const meQueries: QueryResolvers = {
  me: (_parent, _args, ctx) => ctx.identity,
};

export const Me: MeResolvers = {
  sub: (me) => me.sub,
  role: (me) => me.role,
  region: (me, _args, ctx) => callerRegion(ctx, me),
  officer: (_me, _args, ctx) => readOwnOfficer(ctx),
};
