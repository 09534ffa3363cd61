import { firstTokenFrom, isCapitalised, isPunct, type Context } from './context.js';
import { BODY_NOUNS, COUNTRY_NAMES, DEMONYMS, HONORIFICS, KNOWN_ORGANIZATIONS, NAME_PARTICLES, ORGANIZATION_HEADS, PARTY_MEMBERS, SPEECH_VERBS, THING_NOUNS, isCapitalisedParticle, isPluralPeople } from './lexicon.js';
import { isGivenName } from './personName.js';
import { leftNounPhrase } from './phrases.js';
import { isTitleWord, officeInPhrase } from './titles.js';
import type { Token } from './text.js';
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
  /** Named as someone's relative ("Clinton's husband, Bill,"): the surname is the family's. */
  kin?: boolean;
}

export const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)$/i;

const ADJECTIVES = /^(western|eastern|northern|southern|central|global|international)$/i;

function isNameToken(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  // "[EU High Representative Josep] Borrell": an editor's brackets inside a name
  if (t.text === '[' || t.text === ']') return isCapitalised(ctx.tokens[i - 1]) && isCapitalised(ctx.tokens[i + 1]);
  // ("International Monetary Fund": one opening a name the tagger reads as one)
  if (ADJECTIVES.test(t.text)) return t.text === 'International' && t.pos === 'PROPN' && ctx.tokens[i + 1]?.pos === 'PROPN' && ctx.tokens[i + 1]!.sentence === t.sentence;
  if (endsCompound(ctx, i)) return false;
  if (/^[-–]$/.test(t.text)) return isCapitalised(ctx.tokens[i - 1]) && isCapitalised(ctx.tokens[i + 1]) && ctx.tokens[i - 1]!.end === t.start;
  // "Theresa May", "Brian March": a month after a given name is a surname
  // ("May said ..." opening a sentence is kept only where the article names a person May)
  const previous = ctx.tokens[i - 1];
  const surnameMonth =
    /^(May|March|June|August)$/.test(t.text) &&
    ((isGivenName(previous?.text ?? '') && previous!.sentence === t.sentence) || ((!previous || previous.sentence !== t.sentence) && ctx.tokens[i + 1]?.pos === 'VERB'));
  // ("the Sunday Telegraph", "the Sunday Times": a day opening a title after "the")
  const titled = /^(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/.test(t.text) && previous?.lower === 'the' && ctx.tokens[i + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(ctx.tokens[i + 1]!.text);
  // ("Ted/VERB Cruz said": a given name the tagger read as a verb, before a name)
  const givenVerb = t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isGivenName(t.text) && ctx.tokens[i + 1]?.pos === 'PROPN' && ctx.tokens[i + 1]!.sentence === t.sentence;
  return (t.pos === 'PROPN' || surnameMonth || givenVerb || (isCapitalised(t) && (t.pos === 'NOUN' || t.pos === 'ADJ'))) && /^[\p{Lu}][\p{L}.'’-]*$/u.test(t.text) && (surnameMonth || titled || !CALENDAR.test(t.text));
}

/** "Arms" of "Sergeant-at-Arms", "Chief" of "Commander-in-Chief": the end of a hyphenated title, not a name. */
function endsCompound(ctx: Context, i: number): boolean {
  const hyphen = ctx.tokens[i - 1];
  const joiner = ctx.tokens[i - 2];
  return !!hyphen && !!joiner && hyphen.text === '-' && hyphen.end === ctx.tokens[i]!.start && joiner.end === hyphen.start && /^\p{Ll}+$/u.test(joiner.text);
}

function classify(name: string, lastWord: string, office: OfficeRef | null): Pick<NameMention, 'type' | 'kind' | 'canonical'> {
  const lower = name.toLowerCase();
  if (lower in COUNTRY_NAMES) return { type: 'Organization', kind: 'COUNTRY', canonical: COUNTRY_NAMES[lower]! };
  if (lower in KNOWN_ORGANIZATIONS) return { type: 'Organization', kind: KNOWN_ORGANIZATIONS[lower]!.kind, canonical: KNOWN_ORGANIZATIONS[lower]!.name };
  if (ORGANIZATION_HEADS.has(lastWord.toLowerCase()) || name.includes(' & ')) return { type: 'Organization', kind: 'OTHER', canonical: withoutLegalForm(name) };
  if (office) return { type: 'Person', canonical: name };
  const words = name.split(/\s+/);
  // ("Most Americans", "Many Republicans": a people or a party's members, many of them, is no person;
  // nor "a New Hampshire Republican", one of them, nor "Most Southern states")
  if (words.length >= 2 && (isPluralPeople(lastWord) || PARTY_MEMBERS.has(lastWord.toLowerCase()))) return { type: null, canonical: name };
  if (words.length >= 2 && QUANTIFIERS.test(words[0]!)) return { type: null, canonical: name };
  // "Patullo Bridge", "Clayton Heights", "South Surrey": a place, not a person (nor a body)
  if (words.length >= 2 && (PLACE_FEATURES.has(lastWord.toLowerCase()) || /^(North|South|East|West|Upper|Lower|Greater|Downtown|Fort|Port|Mount|Lake)$/.test(words[0]!))) return { type: null, canonical: name };
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}][\p{L}'’.-]*\p{Ll}[\p{L}'’.-]*$|^[\p{Lu}]\.$/u.test(w)) && !isOrganizationLike(words)) {
    return { type: 'Person', canonical: name };
  }
  if (words.length >= 2 && isOrganizationLike(words)) return { type: 'Organization', kind: 'OTHER', canonical: withoutLegalForm(name) };
  return { type: null, canonical: name };
}

/** A company's name without its legal form: "Procter & Gamble Co." -> "Procter & Gamble" (the form stays in the text). */
function withoutLegalForm(name: string): string {
  const stripped = name.replace(/,?\s+(Co|Inc|Corp|Ltd|LLC|plc|PLC|Limited|Corporation)\.?$/, '');
  return stripped.includes(' ') || stripped.includes('&') ? stripped : name;
}

/**
 * Names of bodies rather than people: "Statistics Canada", "Animal Protection Services", "Wells
 * Fargo Championship": a last word that heads organizations, or a country closing the name.
 */
function isOrganizationLike(words: string[]): boolean {
  // ("Gamble Co.", "Acme Inc.": an abbreviation's period aside)
  const last = words.at(-1)!.toLowerCase().replace(/\.$/, '');
  if (words.some((w) => /^(Against|Of|For|And|On|In|The)$/.test(w))) return true;
  return ORGANIZATION_HEADS.has(last) || ORGANIZATION_SUFFIXES.has(last) || (last in COUNTRY_NAMES && words.length >= 2);
}

export const ORGANIZATION_SUFFIXES = new Set([
  'services', 'championship', 'championships', 'cup', 'league', 'club', 'team', 'society', 'alliance', 'federation', 'trust', 'inc',
  'ltd', 'llc', 'plc', 'co', 'corp', 'limited', 'group', 'partners', 'systems', 'technologies', 'airlines', 'airways', 'hospital',
  'school', 'college', 'centre', 'center', 'museum', 'library', 'network', 'coalition', 'movement', 'initiative', 'program',
  'programme', 'project', 'forum', 'institute', 'laboratory', 'lab', 'labs', 'clinic', 'church', 'mosque', 'temple', 'festival',
  'awards', 'watch', 'federation', 'league', 'commons', 'lords', 'assembly', 'legislature', 'executive', 'cabinet', 'caucus', 'democrats', 'republicans', 'conservatives',
  'liberals', 'tories', 'nations', 'international', 'hydro', 'energy', 'oil', 'gas', 'motors', 'media', 'studios', 'records', 'pharmaceuticals',
  'research', 'partnership', 'analytics', 'consulting', 'capital', 'holdings', 'industries', 'solutions', 'ventures', 'associates',
]);

/** Last words of the names of places: streets, districts, landforms, structures. */
const PLACE_FEATURES = new Set([
  'street', 'road', 'avenue', 'boulevard', 'drive', 'lane', 'highway', 'freeway', 'bridge', 'tunnel', 'square', 'park', 'heights',
  'hills', 'hill', 'valley', 'river', 'lake', 'bay', 'beach', 'island', 'islands', 'mountain', 'mountains', 'falls', 'harbour',
  'harbor', 'airport', 'station', 'stadium', 'arena', 'complex', 'plaza', 'crescent', 'creek', 'forest', 'coast', 'peninsula', 'city',
  'county',
]);

/** A capitalised word the tagger read as a verb, after a name: "Brian Hemming", "Mr Cook", "Human Rights Watch". */
function continuesName(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.pos !== 'VERB' || !/^[\p{Lu}][\p{Ll}]+$/u.test(t.text) || !isCapitalised(ctx.tokens[i - 1]) || CALENDAR.test(t.text)) return false;
  // a headline's "Lavrov Says ..." is a verb after a name, not a name
  return !SPEECH_VERBS.has(t.lemma) && !/^(is|are|was|were|be|has|have|had|will|would|can|could|may|might|must|should|does|did|do)$/i.test(t.text);
}

/** Words after a hyphen that make a name an adjective: "Trump-era", "Smith-led". */
const COMPOUND_ENDINGS = new Set(['era', 'led', 'run', 'age', 'new', 'old', 'set', 'up', 'born', 'like', 'made', 'type', 'wide', 'long', 'year', 'day', 'week']);

/** Whether a hyphen and a short lower-case syllable follow the second word of a name at `i`: "Kim Jong-un", "Moon Jae-in". */
function koreanSyllable(ctx: Context, i: number): boolean {
  const [word, hyphen, syllable] = [ctx.tokens[i]!, ctx.tokens[i + 1], ctx.tokens[i + 2]];
  if (i === 0 || !isNameToken(ctx, i - 1) || hyphen?.text !== '-' || !syllable) return false;
  if (word.end !== hyphen.start || hyphen.end !== syllable.start || !/^\p{Ll}{2,4}$/u.test(syllable.text)) return false;
  // ("Jae-in", but no "Smith-in-law")
  return syllable.text === 'in' ? word.text.length <= 4 : !COMPOUND_ENDINGS.has(syllable.text);
}

/** The name word after a run of particles starting at i, or null. */
function particlesThenName(ctx: Context, i: number): number | null {
  let j = i;
  while (j < ctx.tokens.length && NAME_PARTICLES.test(ctx.tokens[j]!.text)) j++;
  return j < ctx.tokens.length && j - i <= 2 && isNameToken(ctx, j) && ctx.tokens[j]!.sentence === ctx.tokens[i]!.sentence ? j : null;
}

/** Splits a run of capitalised words into its title part and its name part. */
function splitTitle(ctx: Context, first: number, last: number): number {
  let nameFirst = last;
  while (nameFirst > first && !isTitleWord(ctx.tokens[nameFirst - 1]!.text)) nameFirst--;
  if (isTitleWord(ctx.tokens[nameFirst]!.text) && nameFirst < last) nameFirst++;
  return nameFirst;
}

/**
 * "Getty Images Kevin Vickers", "The Canadian Press Andrew Scheer": a photo credit or a body run
 * into a person's name; the name starts at a given name two or more words in, when the run does not
 * open with one ("Mary Ann Smith" stays whole).
 */
function afterCredit(ctx: Context, first: number, last: number): number {
  if (last - first < 3 || isGivenName(ctx.tokens[first]!.text)) return first;
  for (let k = first + 2; k < last; k++) if (isGivenName(ctx.tokens[k]!.text) && !isGivenName(ctx.tokens[k - 1]!.text)) return k;
  return first;
}

/**
 * Whether the name run ending at `last` goes on past an "of" (and a "the") to another name: its last
 * word heads bodies ("Bank", "Union", "University", "League") and is no title of a person.
 */
function ofBody(ctx: Context, last: number): boolean {
  const head = ctx.tokens[last]!;
  const of = ctx.tokens[last + 1];
  const next = ctx.tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  if (of?.text !== 'of' || next >= ctx.tokens.length || ctx.tokens[next]!.sentence !== head.sentence) return false;
  const word = head.text.toLowerCase();
  return /^\p{Lu}/u.test(head.text) && (ORGANIZATION_HEADS.has(word) || ORGANIZATION_SUFFIXES.has(word)) && !isTitleWord(head.text) && isNameToken(ctx, next);
}

/** Words that count people rather than name one ("Most Southern states", "Many Republicans"). */
const QUANTIFIERS = /^(Most|Many|Some|All|Several|Both|Few|Other|Every|Each|Any|More|Such|Numerous)$/;

/** Whether the name at token `first` follows "called", "named" or "dubbed" after a noun for a thing or a body. */
function namesAThing(ctx: Context, first: number): boolean {
  const verb = ctx.tokens[first - 1];
  const noun = ctx.tokens[first - 2]?.lower ?? '';
  return /^(called|named|dubbed)$/.test(verb?.lower ?? '') && (THING_NOUNS.has(noun) || BODY_NOUNS.has(noun) || ORGANIZATION_HEADS.has(noun) || ORGANIZATION_SUFFIXES.has(noun));
}

/** "Na'moks, a hereditary chief,", "Yuni, a resident of Lampung,": an appositive after a name, at `end`, that describes someone, not a body. */
export function describedAsPerson(text: string, end: number): boolean {
  const after = /^,\s+(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s*[,.]/u.exec(text.slice(end, end + 80));
  if (!after) return false;
  const head = after[1]!.split(/\s+/).at(-1)!.toLowerCase();
  return !ORGANIZATION_HEADS.has(head) && !BODY_NOUNS.has(head) && !/s$/.test(head);
}

/** Every run of capitalised words in the text, classified as person, organization, place or unknown. */
export function scanNames(ctx: Context): NameMention[] {
  const found: NameMention[] = [];
  const openers: NameMention[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    // ("De Blasio", "Van Hollen": a capitalised particle opening a surname)
    const particle = isCapitalisedParticle(ctx.tokens[i]!.text) && i + 1 < ctx.tokens.length && isNameToken(ctx, i + 1) && ctx.tokens[i + 1]!.sentence === ctx.tokens[i]!.sentence;
    if (!isNameToken(ctx, i) && !particle) continue;
    let last = particle ? i + 1 : i;
    while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1]!.sentence === ctx.tokens[i]!.sentence) {
      if (isNameToken(ctx, last + 1) || continuesName(ctx, last + 1)) last++;
      // "Amnesty International", "Adam Smith International": the adjective closing a body's name
      else if (ADJECTIVES.test(ctx.tokens[last + 1]!.text) && ctx.tokens[last + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(ctx.tokens[last + 1]!.text)) last++;
      // "Procter & Gamble", "Johnson & Johnson": an ampersand inside a body's name
      else if (ctx.tokens[last + 1]!.text === '&' && last + 2 < ctx.tokens.length && isNameToken(ctx, last + 2) && ctx.tokens[last + 2]!.sentence === ctx.tokens[i]!.sentence) last += 2;
      // "League Against Cruel Sports": a capitalised connective inside a name
      else if (/^(Against|Of|For|And|On|In|The)$/.test(ctx.tokens[last + 1]!.text) && last + 2 < ctx.tokens.length && isNameToken(ctx, last + 2)) last += 2;
      // "the Bank of Canada", "the American Civil Liberties Union of Ohio": a body's name goes on
      // past "of" after a word that heads bodies (the body had been "Canada", "Ohio")
      else if (ofBody(ctx, last)) last += ctx.tokens[last + 2]!.lower === 'the' ? 3 : 2;
      // "Kim Jong-un", "Kim Yong-chol", "Moon Jae-in": a lower-case syllable joined by a hyphen
      else if (koreanSyllable(ctx, last)) last += 2;
      // "Ben van der Pluijm": lower-case particles inside a name
      else if (NAME_PARTICLES.test(ctx.tokens[last + 1]!.text) && particlesThenName(ctx, last + 1)) last = particlesThenName(ctx, last + 1)!;
      else break;
    }
    const wholeLower = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[last]!.end).toLowerCase();
    const known = wholeLower in COUNTRY_NAMES || wholeLower in KNOWN_ORGANIZATIONS;
    // "National Audit Office", "Nova Scotia Health Authority": a body's name keeps the words that
    // would be a title before a person's name
    const runWords = ctx.tokens.slice(i, last + 1).map((t) => t.text);
    const lastWord = runWords.at(-1)!.toLowerCase();
    const ofAt = runWords.indexOf('of');
    const body = (runWords.length >= 2 && (ORGANIZATION_HEADS.has(lastWord) || ORGANIZATION_SUFFIXES.has(lastWord)) && !(runWords[0]!.toLowerCase() in DEMONYMS)) || ofAt > 0;
    // "the U.S. State Department": a country before a body known by its own name
    const countryFirst = !known && last > i && (runWords[0]!.toLowerCase() in DEMONYMS || runWords[0]!.toLowerCase() in COUNTRY_NAMES) && runWords.slice(1).join(' ').toLowerCase() in KNOWN_ORGANIZATIONS;
    const nameFirst = countryFirst ? i + 1 : known || body ? i : afterCredit(ctx, splitTitle(ctx, i, last), last);
    const sentence = ctx.sentences[ctx.tokens[i]!.sentence]!;
    const np = leftNounPhrase(ctx, last, sentence.first) ?? { start: ctx.tokens[i]!.start, end: ctx.tokens[last]!.end };
    // ("Mr. King", "Mr Bishop": a title word after an honorific is a surname)
    const afterHonorific = nameFirst === last && HONORIFICS.test(ctx.tokens[nameFirst - 1]?.text ?? '');
    if (!known && !countryFirst && !afterHonorific && ctx.tokens.slice(nameFirst, last + 1).every((t) => isTitleWord(t.text))) {
      i = last;
      continue;
    }
    const start = ctx.tokens[nameFirst]!.start;
    const end = ctx.tokens[last]!.end;
    const name = ctx.text.slice(start, end).replace(/[[\]]/g, '').replace(/\s+/g, ' ');
    const titlePhrase = ctx.text.slice(np.start, start);
    // "the mayor of B.C.'s largest city": the name after "of" is where the office is, not its holder
    const office = known || countryFirst || /\bof(\s+the)?\s*$/i.test(titlePhrase) ? null : officeInPhrase(`${titlePhrase} ${appositiveTitle(ctx, last)}`);
    const sentenceStart = ctx.tokens[nameFirst]!.index === sentence.first;
    // "Mr Bannatyne", "Ms. Ruiz": a surname after an honorific is a person's
    const honorific = nameFirst === last && HONORIFICS.test(ctx.tokens[nameFirst - 1]?.text ?? '');
    let kind: Pick<NameMention, 'type' | 'kind' | 'canonical'> = honorific
      ? { type: 'Person' as const, canonical: name }
      : ofAt > 0 && !known
        ? { type: 'Organization' as const, kind: 'OTHER' as const, canonical: name }
        : classify(name, ctx.tokens[last]!.text, office);
    // "an app called Facebook Research", "a firm called Cambridge Analytica": the name of a thing
    // or a body is no person's ("a worker named Antonio Arroyo" is)
    if (kind.type === 'Person' && !honorific && namesAThing(ctx, nameFirst)) kind = { type: null, canonical: name };
    const mention: NameMention = { start, end, name, ...kind, office, phrase: { start: Math.min(np.start, start), end } };
    // A lone capitalised word that opens a sentence is as likely an ordinary word as a name: kept
    // only when it is the last word of a person's name the article gives ("LaPlante said ...").
    // ("Yuni, a resident of Lampung, was watching television": an appositive that describes a
    // person, or a given name, makes the word a person's name; "she said" after it had gone to a
    // man named before)
    if (sentenceStart && nameFirst === last && kind.type === null) {
      if (isGivenName(name) || describedAsPerson(ctx.text, end)) found.push({ ...mention, type: 'Person' });
      else openers.push(mention);
    } else found.push(mention);
    i = last;
  }
  const named = descriptorsOff(ctx, headlineNames(ctx, found)).map((n) => kinNamed(ctx, n));
  const surnames = new Set(named.filter((n) => n.type === 'Person' && n.name.includes(' ')).map((n) => n.name.split(' ').at(-1)!));
  return [...named, ...openers.filter((n) => surnames.has(n.name))].sort((a, b) => a.start - b.start);
}

/** Short words a headline in Title Case may leave in lower case. */
const MINOR_WORDS = /^(a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|is|vs|via|into|over)$/i;

/** The end of the first paragraph when it is a headline in Title Case ("Hillary Clinton Speaks ‘Directly To White People’"), else -1. */
function titleCaseHeadline(ctx: Context): number {
  const first = ctx.paragraphs[0];
  if (!first || ctx.paragraphs.length < 2) return -1;
  const words = ctx.tokens.filter((t) => t.end <= first.end && /^\p{L}{2,}/u.test(t.text) && !MINOR_WORDS.test(t.text));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return words.length >= 4 && capitalised >= 0.8 * words.length ? first.end : -1;
}

/**
 * Names in a headline in Title Case, where every word is capitalised and a run of them is no name
 * for that ("Bad Optics", "Hillary Clinton Speaks", "Gold Star Mom Corners Obama"): a person's name
 * there keeps the words the article's body writes capitalised, the longest run of them (with a given
 * name just before a lone surname, "Salma Hayek"); a name none of whose words the body writes is none.
 */
function headlineNames(ctx: Context, found: NameMention[]): NameMention[] {
  const end = titleCaseHeadline(ctx);
  if (end < 0) return found;
  const body = new Set(ctx.tokens.filter((t) => t.start >= end && /^\p{Lu}/u.test(t.text)).map((t) => t.text));
  return found.flatMap((n) => {
    if (n.start >= end || n.type === 'Organization') return [n];
    const tokens: Token[] = [];
    for (let i = firstTokenFrom(ctx, n.start); ctx.tokens[i] && ctx.tokens[i]!.end <= n.end; i++) tokens.push(ctx.tokens[i]!);
    let best: [number, number] | null = null;
    for (let a = 0; a < tokens.length; a++) {
      if (!body.has(tokens[a]!.text)) continue;
      let b = a;
      while (b + 1 < tokens.length && (body.has(tokens[b + 1]!.text) || !/\p{L}/u.test(tokens[b + 1]!.text))) b++;
      if (!best || b - a > best[1] - best[0]) best = [a, b];
      a = b;
    }
    if (!best) return [];
    if (best[0] === best[1] && best[0] > 0 && isGivenName(tokens[best[0] - 1]!.text)) best[0]--;
    if (best[0] === 0 && best[1] === tokens.length - 1) return [n];
    const start = tokens[best[0]]!.start;
    const stop = tokens[best[1]]!.end;
    const name = ctx.text.slice(start, stop);
    const kind = classify(name, tokens[best[1]]!.text, n.office);
    return [{ ...n, start, end: stop, name, ...kind, phrase: { start: Math.min(n.phrase.start, start), end: stop } }];
  });
}

/**
 * Descriptions before a person's name that are no part of it: a capitalised word before a full name
 * the article gives on its own elsewhere ("Rival Hillary Clinton", "Vermonter Bernie Sanders"), the
 * end of a title after "of" before a given name ("Chief of Staff Denis McDonough", "Supervisor of
 * Elections Susan Bucher"), a party's members ("Republicans Jolly of Indian Shores"). Title words
 * are already split off; this takes the rest. Not a surname's particle ("Marine Le Pen").
 */
function descriptorsOff(ctx: Context, found: NameMention[]): NameMention[] {
  const alone = new Set(found.filter((n) => n.type !== 'Organization').map((n) => n.name));
  const withoutFirstWord = (n: NameMention): NameMention => {
    const start = ctx.tokens[firstTokenFrom(ctx, n.start) + 1]!.start;
    const name = ctx.text.slice(start, n.end);
    return { ...n, start, name, canonical: name };
  };
  return found.map((n) => {
    if (n.type !== 'Person') return n;
    const words = n.name.split(' ');
    if (words.length >= 2 && isPluralPeople(words[0]!) && !n.office) return withoutFirstWord(n);
    if (words.length < 3 || isGivenName(words[0]!) || isCapitalisedParticle(words[1]!) || NAME_PARTICLES.test(words[1]!)) return n;
    const rest = words.slice(1).join(' ');
    const afterOf = /\bof\s+$/i.test(ctx.text.slice(Math.max(0, n.start - 4), n.start)) && isGivenName(words[1]!);
    if (!afterOf && !alone.has(rest)) return n;
    const shorter = withoutFirstWord(n);
    return shorter.name === rest ? shorter : n;
  });
}

const KIN = /(\p{Lu}[\p{L}-]+)['’]s\s+(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|grandfather|grandmother|cousin|niece|nephew|widow|widower),\s+$/u;

/**
 * "Clinton's husband, Bill,", "Spindler's father, Joseph,": a given name set off after a relative of
 * someone named is that family's ("Bill Clinton", "Joseph Spindler"), not another Joseph of the
 * article. The mention keeps its span; its name is the full one.
 */
function kinNamed(ctx: Context, n: NameMention): NameMention {
  if (n.name.includes(' ') || n.type === 'Organization' || !isPunct(ctx.tokens[firstTokenFrom(ctx, n.end)], ',')) return n;
  const kin = KIN.exec(ctx.text.slice(Math.max(0, n.start - 40), n.start));
  if (!kin || !isGivenName(n.name)) return n;
  const name = `${n.name} ${kin[1]}`;
  return { ...n, name, canonical: name, type: 'Person', kin: true };
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
  return parts.length && (/^(the|a|an|[a-z])/.test(parts[0]!) || /^[A-Z]{2,}$/.test(parts[0]!)) ? parts.join(' ') : '';
}
