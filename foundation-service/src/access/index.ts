import { ForbiddenError } from '@dsp/common';
import type { FoundationContext } from '../context';

export * from './policy';

/** Refuses with FORBIDDEN (and no data) unless `allowed`; a replaced head is told why first. */
export function requireAccess(ctx: Pick<FoundationContext, 'refusal'>, allowed: boolean, message?: string): void {
  if (allowed) return;
  throw new ForbiddenError(ctx.refusal && message ? `${ctx.refusal} ${message}` : (ctx.refusal ?? message));
}
