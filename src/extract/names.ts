import { isCapitalised, isPunct, type Context } from './context.js';
import { COUNTRY_NAMES, KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS } from './lexicon.js';
import { leftNounPhrase } from './phrases.js';
import { isTitleWord, officeInPhrase } from './titles.js';
import type { EntityType, OfficeRef, OrganizationKind } from './types.js';

/** A proper name found in the text, with what it names and the title the text gives it there. */
export interface NameMention {
  start: number;
  end: number;
  /** The name as written, titles left out: "Sergey Lavrov". */
  name: string;
  type: EntityType | null;
  kind?: OrganizationKind;
  /** The canonical name for countries and known organizations ("Moscow" -> Russia). */
  canonical: string;
  office: OfficeRef | null;
  /** The noun phrase around the name: "Russian Foreign Minister Sergey Lavrov". */
  phrase: { start: number; end: number };
}

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)$/i;

const ADJECTIVES = /^(western|eastern|northern|southern|central|global|international)$/i;

function isNameToken(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  // "[EU High Representative Josep] Borrell": an editor's brackets inside a name
  if (t.text === '[' || t.text === ']') return isCapitalised(ctx.tokens[i - 1]) && isCapitalised(ctx.tokens[i + 1]);
  if (ADJECTIVES.test(t.text)) return false;
  if (/^[-–]$/.test(t.text)) return isCapitalised(ctx.tokens[i - 1]) && isCapitalised(ctx.tokens[i + 1]) && ctx.tokens[i - 1]!.end === t.start;
  return (t.pos === 'PROPN' || (isCapitalised(t) && (t.pos === 'NOUN' || t.pos === 'ADJ'))) && /^[\p{Lu}][\p{L}.'’-]*$/u.test(t.text) && !CALENDAR.test(t.text);
}

function classify(name: string, lastWord: string, office: OfficeRef | null): Pick<NameMention, 'type' | 'kind' | 'canonical'> {
  const lower = name.toLowerCase();
  if (lower in COUNTRY_NAMES) return { type: 'Organization', kind: 'COUNTRY', canonical: COUNTRY_NAMES[lower]! };
  if (lower in KNOWN_ORGANIZATIONS) return { type: 'Organization', kind: KNOWN_ORGANIZATIONS[lower]!.kind, canonical: KNOWN_ORGANIZATIONS[lower]!.name };
  if (ORGANIZATION_HEADS.has(lastWord.toLowerCase())) return { type: 'Organization', kind: 'OTHER', canonical: name };
  if (office) return { type: 'Person', canonical: name };
  const words = name.split(/\s+/);
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}][\p{Ll}'’.-]+$|^[\p{Lu}]\.$/u.test(w))) return { type: 'Person', canonical: name };
  return { type: null, canonical: name };
}

/** Splits a run of capitalised words into its title part and its name part. */
function splitTitle(ctx: Context, first: number, last: number): number {
  let nameFirst = last;
  while (nameFirst > first && !isTitleWord(ctx.tokens[nameFirst - 1]!.text)) nameFirst--;
  if (isTitleWord(ctx.tokens[nameFirst]!.text) && nameFirst < last) nameFirst++;
  return nameFirst;
}

/** Every run of capitalised words in the text, classified as person, organization, place or unknown. */
export function scanNames(ctx: Context): NameMention[] {
  const found: NameMention[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isNameToken(ctx, i)) continue;
    let last = i;
    while (last + 1 < ctx.tokens.length && isNameToken(ctx, last + 1) && ctx.tokens[last + 1]!.sentence === ctx.tokens[i]!.sentence) last++;
    const wholeLower = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[last]!.end).toLowerCase();
    const known = wholeLower in COUNTRY_NAMES || wholeLower in KNOWN_ORGANIZATIONS;
    const nameFirst = known ? i : splitTitle(ctx, i, last);
    const sentence = ctx.sentences[ctx.tokens[i]!.sentence]!;
    const np = leftNounPhrase(ctx, last, sentence.first) ?? { start: ctx.tokens[i]!.start, end: ctx.tokens[last]!.end };
    if (!known && ctx.tokens.slice(nameFirst, last + 1).every((t) => isTitleWord(t.text))) {
      i = last;
      continue;
    }
    const start = ctx.tokens[nameFirst]!.start;
    const end = ctx.tokens[last]!.end;
    const name = ctx.text.slice(start, end).replace(/[[\]]/g, '').replace(/\s+/g, ' ');
    const titlePhrase = ctx.text.slice(np.start, start);
    const office = known ? null : officeInPhrase(`${titlePhrase} ${appositiveTitle(ctx, last)}`);
    const sentenceStart = ctx.tokens[nameFirst]!.index === sentence.first;
    const kind = classify(name, ctx.tokens[last]!.text, office);
    // A lone capitalised word that opens a sentence is as likely an ordinary word as a name.
    if (!(sentenceStart && nameFirst === last && kind.type === null)) {
      found.push({ start, end, name, ...kind, office, phrase: { start: Math.min(np.start, start), end } });
    }
    i = last;
  }
  return found;
}

/** "Michael Mulgrew, president of the United Federation of Teachers,": the title after the name. */
function appositiveTitle(ctx: Context, last: number): string {
  if (!isPunct(ctx.tokens[last + 1], ',')) return '';
  const parts: string[] = [];
  for (let i = last + 2; i < ctx.tokens.length && i < last + 12; i++) {
    const t = ctx.tokens[i]!;
    if (isPunct(t, ',.;') || t.pos === 'VERB') break;
    parts.push(t.text);
  }
  return parts.length && /^(the|a|an|[a-z])/.test(parts[0]!) ? parts.join(' ') : '';
}
