import { BadUserInputError } from './errors';
import { isRegionCode, type RegionCode } from './regions';

/**
 * Checks of input both services make the same way, each refusing with
 * BAD_USER_INPUT naming the field, before anything is written.
 */

/** The years the platform holds figures for; anything else is a typo, not an empty year. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function checkYear(field: string, year: number): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new BadUserInputError(field, `${field} must be between ${FIRST_YEAR} and ${LAST_YEAR}; got ${year}.`);
  }
  return year;
}

/** The version a change expects (the one last read): a whole number, 1 or more. */
export function checkExpectedVersion(field: string, version: number): number {
  if (!Number.isInteger(version) || version < 1)
    throw new BadUserInputError(field, `${field} is the version last read, a whole number of 1 or more.`);
  return version;
}

/** Free text that must be given: trimmed, 1 to `max` characters. */
export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = optionalText(field, value, max);
  if (text === null) throw new BadUserInputError(field, `${field} is required (1 to ${max} characters).`);
  return text;
}

/** Free text that may be left out: trimmed, null when empty, at most `max` characters. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (text.length > max) throw new BadUserInputError(field, `${field} is at most ${max} characters.`);
  return text;
}

/** A region asked for by its code; null stays null (the caller's default applies). */
export function checkRegion(field: string, region: string | null | undefined): RegionCode | null {
  if (region === null || region === undefined) return null;
  if (!isRegionCode(region)) throw new BadUserInputError(field, `"${region}" is not a region code.`);
  return region;
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month given as YYYY-MM, within the platform's years; null stays null. */
export function checkMonth(field: string, month: string | null | undefined): string | null {
  if (month === null || month === undefined) return null;
  const match = MONTH_PATTERN.exec(month);
  if (!match || Number(match[1]) < FIRST_YEAR || Number(match[1]) > LAST_YEAR) {
    throw new BadUserInputError(
      field,
      `${field} must be a month written YYYY-MM (for example 2026-03); got "${month}".`,
    );
  }
  return month;
}

/** Whether `months` is a trend's length: 1 to `max`. */
export function isMonthCount(months: number, max: number): boolean {
  return Number.isInteger(months) && months >= 1 && months <= max;
}

/** How many months a trend covers: 1 to `max`. */
export function checkMonthCount(field: string, months: number, max: number): number {
  if (!isMonthCount(months, max)) {
    throw new BadUserInputError(field, `${field} must be between 1 and ${max}; got ${months}.`);
  }
  return months;
}

/** The longest wait a queue filters on: ten years. */
export const MAX_WAITING_DAYS = 3650;

/** A number of days waited (0 to MAX_WAITING_DAYS); null stays null. */
export function checkWaitingDays(field: string, days: number | null | undefined): number | null {
  if (days === null || days === undefined) return null;
  if (!Number.isInteger(days) || days < 0 || days > MAX_WAITING_DAYS) {
    throw new BadUserInputError(
      field,
      `${field} must be a whole number of days from 0 to ${MAX_WAITING_DAYS}; got ${days}.`,
    );
  }
  return days;
}

/** The largest page a connection serves. */
export const MAX_PAGE_SIZE = 100;

/** A connection's `first`: its default when absent, else a whole number from 1 to MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${size}.`);
  }
  return size;
}
