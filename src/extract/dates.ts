import * as chrono from 'chrono-node';

/**
 * Dates as sources give them, read into ISO days (YYYY-MM-DD). Pure: no clock; a relative day is
 * resolved against a date the article gives.
 */

const ISO_DAY = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])/;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The day a date string names: an ISO date or date-time, extended or basic ("20190115T143000Z")
 * (the day as written, in its own offset),
 * RFC 2822 ("Tue, 15 Jan 2019 14:30:00 +0000"), or a written form ("January 15, 2019",
 * "15 January 2019", "Jan. 15, 2019"). Null when it names no certain day.
 */
export function readDate(text: string | null | undefined): string | null {
  const raw = text?.trim();
  if (!raw) return null;
  const isoMatch = ISO_DAY.exec(raw);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const [found] = chrono.strict.parse(raw, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  // the date must be most of the text: "Updated 3 times since 2019" names no day
  if (!found || found.text.length < raw.replace(/\s+/g, ' ').length * 0.6) return null;
  const { start } = found;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return iso(start.get('year')!, start.get('month')!, start.get('day')!);
}

/** The day of a dateline ("MOSCOW, February 17"), its year from the publication date. */
export function datelineDay(dateline: string | null | undefined, published: string | null): string | null {
  if (!dateline?.trim()) return null;
  const reference = published ? new Date(`${published}T12:00:00Z`) : null;
  const [found] = chrono.parse(dateline, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  if (!found || !found.start.isCertain('month') || !found.start.isCertain('day')) return null;
  if (!found.start.isCertain('year') && !reference) return null;
  return iso(found.start.get('year')!, found.start.get('month')!, found.start.get('day')!);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE = /\b(yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/**
 * The day a sentence dates its statement to, relative to the article's day: "yesterday", "today",
 * "on Monday" (the latest Monday on or before that day; news reports what was said, not what will
 * be). Null when the sentence names no such day.
 */
export function relativeDay(sentence: string, reference: string): string | null {
  const match = RELATIVE.exec(sentence);
  if (!match) return null;
  const words = match[1]!.toLowerCase();
  const base = new Date(`${reference}T12:00:00Z`);
  let back = 0;
  if (words === 'yesterday') back = 1;
  else if (words !== 'today') {
    const weekday = WEEKDAYS.indexOf(words.split(' ')[1]!);
    back = (base.getUTCDay() - weekday + 7) % 7;
    if (words.startsWith('last') && back === 0) back = 7;
  }
  base.setUTCDate(base.getUTCDate() - back);
  return base.toISOString().slice(0, 10);
}
