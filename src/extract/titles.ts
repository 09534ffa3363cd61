import { DEMONYMS, KNOWN_ORGANIZATIONS, ORGANIZATION_TITLES, TITLE_OFFICES, COUNTRY_NAMES } from './lexicon.js';
import type { OfficeRef } from './types.js';

const MODIFIERS = new Set(['top', 'chief', 'deputy', 'acting', 'former', 'presidential', 'counterpart', 'first', 'senior', 'then', 'new', 'outgoing', 'incoming', 'interim', 'state', 'federal', 'national', 'foreign', 'affairs', 'of', 'the', 'for', 'and', 'press', 'general', 'vice', 'prime', 'high', 'executive']);

const TITLE_WORDS = new Set<string>([
  ...Object.keys(TITLE_OFFICES).flatMap((k) => k.split(' ')),
  ...Object.keys(ORGANIZATION_TITLES).flatMap((k) => k.split(' ')),
  ...MODIFIERS,
]);

/** Whether a word (any case) belongs to titles, demonyms or organization names rather than to a name. */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/^\[|\]$/g, '');
  return TITLE_WORDS.has(w) || w in DEMONYMS || w in COUNTRY_NAMES || w in KNOWN_ORGANIZATIONS || /^(mr|mrs|ms|dr|sen|rep|gov|gen|col|lt|sgt|prof|rev|hon)\.?$/.test(w);
}

/** The office a title phrase names, with the organization the phrase gives (demonym or name). */
export function officeInPhrase(phrase: string): OfficeRef | null {
  const lower = ` ${phrase.toLowerCase().replace(/[[\]]/g, '').replace(/\s+/g, ' ')} `;
  for (const [key, office] of Object.entries(ORGANIZATION_TITLES)) {
    if (lower.includes(` ${key} `)) return { title: office.title, organization: office.organization, aliases: [titleCase(key)] };
  }
  const key = Object.keys(TITLE_OFFICES)
    .filter((k) => lower.includes(` ${k} `))
    .sort((a, b) => b.length - a.length)[0];
  if (!key) return null;
  const organization = organizationInPhrase(lower, key);
  // an empty organization: the phrase names the office but not whose it is
  return { title: TITLE_OFFICES[key]!, organization: organization ?? '', aliases: [titleCase(key)] };
}

function organizationInPhrase(lower: string, titleKey: string): string | null {
  const of = new RegExp(` ${escape(titleKey)} of (the )?([a-z.\\- ]+?) `).exec(lower);
  if (of) {
    const name = of[2]!.trim();
    if (name in COUNTRY_NAMES) return COUNTRY_NAMES[name]!;
    if (name in KNOWN_ORGANIZATIONS) return KNOWN_ORGANIZATIONS[name]!.name;
  }
  const words = lower.trim().split(' ');
  for (let n = 2; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const w = words.slice(i, i + n).join(' ');
      if (w in DEMONYMS) return DEMONYMS[w]!;
      if (w in KNOWN_ORGANIZATIONS) return KNOWN_ORGANIZATIONS[w]!.name;
      if (w in COUNTRY_NAMES && !TITLE_OFFICES[w]) return COUNTRY_NAMES[w]!;
    }
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function titleCase(text: string): string {
  return text.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\bEu\b/, 'EU').replace(/\bNato\b/, 'NATO').replace(/\bUn\b/, 'UN');
}
