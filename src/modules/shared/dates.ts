import { badInput } from '../../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a `Date` argument: a real calendar day written YYYY-MM-DD. */
export function parseDate(value: string, argument: string): string {
  const match = ISO_DATE.exec(value);
  const day = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw badInput(`${argument} must be a date written YYYY-MM-DD, got "${value}"`, { argument });
  }
  return value;
}

/** The same for an optional argument. */
export function optionalDate(value: string | null | undefined, argument: string): string | null {
  return value === null || value === undefined ? null : parseDate(value, argument);
}
