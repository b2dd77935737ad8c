import { ForbiddenError } from '@dsp/common';

export * from './policy';

/** Refuses with FORBIDDEN (and no data) unless `allowed`. */
export function requireAccess(allowed: boolean, message?: string): void {
  if (!allowed) throw new ForbiddenError(message);
}
