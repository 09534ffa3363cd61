import { COUNTRY_NAMES, DEMONYMS, INTERNATIONAL_TITLES, KNOWN_ORGANIZATIONS, OCCUPATIONS, ORGANIZATION_TITLES, PARTY_WORDS, TITLE_OFFICES, TITLE_QUALIFIERS } from './lexicon.js';
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
  // ("Del. Jennifer L. McClellan", a delegate; "Senators Charles E. Grassley and ...": a title in
  // the plural before two names; "Del" without its full stop may be a given name)
  const plural = /^(senators|representatives|congressmen|congresswomen|governors|mayors|ministers|councillors|councilors)$/.test(w);
  return TITLE_WORDS.has(w) || plural || OCCUPATIONS.has(w) || w in DEMONYMS || w in COUNTRY_NAMES || w in KNOWN_ORGANIZATIONS || /^(mr|mrs|ms|dr|sen|rep|gov|gen|col|lt|sgt|prof|rev|hon|sir|dame)\.?$/.test(w) || /^(del|sens|reps|govs)\.$/.test(w);
}

/**
 * The office a title phrase names, with the organization the phrase gives (demonym, party or
 * name; empty when it gives none, for the article's country to fill). International titles take
 * their canonical form ("Russian Foreign Minister" -> Minister of Foreign Affairs); the others keep
 * the words the text gives ("shadow home secretary" -> Shadow Home Secretary), other forms aliases.
 */
export function officeInPhrase(phrase: string): OfficeRef | null {
  // "the ex-home secretary" is a former home secretary
  const lower = ` ${phrase.toLowerCase().replace(/[[\]]/g, '').replace(/\bex-/g, 'former ').replace(/[,;:()]/g, ' ').replace(/\s+/g, ' ')} `;
  for (const [key, office] of Object.entries(ORGANIZATION_TITLES)) {
    if (lower.includes(` ${key} `)) return { title: office.title, organization: office.organization, aliases: [titleCase(key)] };
  }
  const key = Object.keys(TITLE_OFFICES)
    .filter((k) => lower.includes(` ${k} `))
    .sort((a, b) => b.length - a.length || lower.lastIndexOf(` ${b} `) - lower.lastIndexOf(` ${a} `))[0];
  if (!key) return null;
  const organization = partyInPhrase(lower) ?? organizationInPhrase(lower, key) ?? '';
  if (INTERNATIONAL_TITLES.has(key)) return { title: TITLE_OFFICES[key]!, organization, aliases: [titleCase(key)] };
  let written = writtenTitle(lower, key);
  const ofWhat = (party: string) => (/(party|democrats)$/i.test(party) ? `the ${party}` : party);
  // "Tory leader" is the Leader of the Conservative Party; "chairman of the UK Independence Party" keeps its party
  const party = partyInPhrase(lower);
  if (party && (/^(Deputy )?Leader$/.test(written) || lower.includes(` ${key} of `))) written = `${written} of ${ofWhat(party)}`;
  const aliases = written.toLowerCase() === key ? [] : [titleCase(key)];
  return { title: written, organization, aliases };
}

/** The title as the text writes it: the key with the qualifiers before it and an "of"/"for" tail after. */
function writtenTitle(lower: string, key: string): string {
  const words = lower.trim().split(' ');
  const keyWords = key.split(' ');
  let end = -1;
  for (let i = words.length - keyWords.length; i >= 0 && end < 0; i--) if (words.slice(i, i + keyWords.length).join(' ') === key) end = i + keyWords.length;
  let first = end - keyWords.length;
  const qualifies = (i: number) => TITLE_QUALIFIERS.has(words[i]!) && (words[i] !== 'and' || (i > 0 && TITLE_QUALIFIERS.has(words[i - 1]!) && words[i - 1] !== 'and'));
  while (first > 0 && qualifies(first - 1)) first--;
  let last = end;
  if (words[last] === 'of' || words[last] === 'for') {
    let j = last + 1;
    if (words[j] === 'the') j++;
    while (j < words.length && TITLE_QUALIFIERS.has(words[j]!)) j++;
    if (j > last + 1 && words[j - 1] !== 'the' && words[j - 1] !== 'and') last = j;
  }
  return titleCase(words.slice(first, last).join(' '));
}

function partyInPhrase(lower: string): string | null {
  for (const [word, party] of Object.entries(PARTY_WORDS)) if (lower.includes(` ${word} `)) return party;
  return null;
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
  return text
    .replace(/\b[a-z]/g, (c) => c.toUpperCase())
    .replace(/\b(Of|For|The|And)\b/g, (w) => w.toLowerCase())
    .replace(/\b(Eu|Nato|Un|Mp|Mep|Msp|Mla|Mpp|Ceo)\b/g, (w) => w.toUpperCase());
}
