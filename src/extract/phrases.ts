import { isCapitalised, isPunct, isQuoteMark, type Context } from './context.js';
import { isCapitalisedParticle } from './lexicon.js';
import { isGivenName } from './personName.js';
import type { Token } from './text.js';

/** A noun phrase of the text by token range (inclusive) and character span. */
export interface Mention {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** The relative pronoun that is the verb's subject, standing for this phrase: "who" in "Tom Ebeling, who said". */
  relative?: { start: number; end: number; text: string };
}

const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ', 'DET', 'PRON']);
const ATTRIBUTIVE_VERBS = new Set(['lead', 'acting', 'retired', 'managing', 'founding', 'presiding', 'visiting', 'leading', 'outgoing', 'incoming', 'elected', 'serving', 'ruling', 'governing', 'reigning', 'longtime', 'former']);
const RELATIVES = new Set(['that', 'which', 'whose', 'what', 'whom', 'whatever']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who']);
const LEFT_SKIP = new Set(['also', 'later', 'reportedly', 'recently', 'previously', 'repeatedly', 'again', 'then', 'once', 'further', 'earlier', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'not', "n't", 'never', 'already', 'publicly', 'privately', 'often', 'frequently', 'has', 'had', 'could', 'may', 'might', 'should', 'can', 'also', 'just', 'even', 'first', 'last', 'subsequently', 'separately', 'openly', 'flatly', 'explicitly', 'directly', 'simply', 'bluntly', 'angrily', 'quickly', 'famously', 'succinctly', 'firmly', 'yesterday', 'today', 'here', 'however', 'though', 'meanwhile', 'instead', 'still', 'too', 'nevertheless', 'indeed', 'always', 'sometimes', 'usually', 'ever', 'twice']);

export function mentionOf(ctx: Context, first: number, last: number): Mention {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return { first, last, start, end, text: ctx.text.slice(start, end) };
}

/** A capitalised word inside a sentence is a name, whatever the tagger guessed ("Welch/VERB said"). */
export function isInnerName(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  const sentence = ctx.sentences[t.sentence];
  // (not the first word of a quote, capitalised as a sentence's: '“When everyone ...')
  const opensQuote = isQuoteMark(ctx.tokens[i - 1]) && ctx.quoteByOpen.has(ctx.tokens[i - 1]!.start);
  return isCapitalised(t) && /^[\p{Lu}][\p{L}.'’-]*$/u.test(t.text) && sentence !== undefined && i > sentence.first && t.pos !== 'PRON' && !(opensQuote && t.pos !== 'PROPN');
}

/** "De Blasio", "Van Hollen": a capitalised particle opening a surname, which the tagger may read as anything. */
function isNameParticle(ctx: Context, i: number): boolean {
  return isCapitalisedParticle(ctx.tokens[i]?.text ?? '') && ctx.tokens[i + 1]?.pos === 'PROPN';
}

function canJoin(ctx: Context, i: number, min: number): boolean {
  const t = ctx.tokens[i]!;
  if (isInnerName(ctx, i) || isNameParticle(ctx, i)) return true;
  if (RELATIVES.has(t.lower)) return false;
  if (NOMINAL.has(t.pos)) return !(t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower) && i !== min - 1);
  if (t.pos === 'PART' && /^['’]s$/.test(t.lower)) return true;
  // "lead author Dr. Allan Garland", "acting director", "retired general": a verb form the tagger
  // took for a verb, used as an adjective before a noun
  if (ATTRIBUTIVE_VERBS.has(t.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(ctx.tokens[i + 1]?.pos ?? '')) return true;
  if (t.text === '[' || t.text === ']') return true;
  if (t.pos === 'PUNCT' && /^[.\-–]$/.test(t.text) && isCapitalised(ctx.tokens[i - 1]) && isCapitalised(ctx.tokens[i + 1]) && ctx.tokens[i + 1]!.sentence === t.sentence) return true;
  // "sergeant-at-arms", "commander-in-chief": a word between two hyphens inside one word
  const hyphenBefore = ctx.tokens[i - 1]?.text === '-' && ctx.tokens[i - 1]!.end === t.start;
  const hyphenAfter = ctx.tokens[i + 1]?.text === '-' && ctx.tokens[i + 1]!.start === t.end;
  if (hyphenBefore && hyphenAfter) return true;
  // "laid-back", "well-known": the words of a hyphenated adjective, whatever the tagger made of each
  const glued = (h: Token | undefined, w: Token | undefined, hyphenFirst: boolean) =>
    h?.text === '-' && w !== undefined && /^\p{L}+$/u.test(w.text) && (hyphenFirst ? h.end === w.start : w.end === h.start);
  if (/^\p{Ll}+$/u.test(t.text) && ((hyphenAfter && glued(ctx.tokens[i + 1], ctx.tokens[i + 2], true)) || (hyphenBefore && glued(ctx.tokens[i - 1], ctx.tokens[i - 2], false)))) return true;
  // "the 26-year-old right wing", "the laid-back resident": a hyphen inside a word
  if (t.text === '-' && ctx.tokens[i - 1]?.end === t.start && ctx.tokens[i + 1]?.start === t.end && /\w$/.test(ctx.tokens[i - 1]!.text) && /^\w/.test(ctx.tokens[i + 1]!.text)) return true;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (t.lower === 'of' && prev && next && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'ADJ')) return true;
  // "Tim Guest with the Nova Scotia Health Authority": a person's name and the body they are with
  if (min >= 0 && ['with', 'from', 'at'].includes(t.lower) && personLikeBefore(ctx, i) && (next?.pos === 'DET' || next?.pos === 'PROPN')) return true;
  // "the lanky, bespectacled professor": a comma between a determiner's adjectives
  if (t.text === ',' && prev?.pos === 'ADJ' && next?.pos === 'ADJ' && ctx.tokens[i - 2]?.pos === 'DET' && ctx.tokens[i + 2]?.pos === 'NOUN') return true;
  // "Obama and Clinton", "the Florida senator and Republican presidential candidate"
  if (t.lower === 'and' && (prev?.pos === 'PROPN' || prev?.pos === 'NOUN') && ['PROPN', 'NOUN', 'ADJ'].includes(next?.pos ?? '')) return true;
  // "one in five", "26%", "about half"
  if (t.lower === 'in' && prev?.pos === 'NUM' && next?.pos === 'NUM') return true;
  if (t.text === '%' && prev?.pos === 'NUM') return true;
  if (t.pos === 'ADV' && ['about', 'almost', 'nearly', 'roughly', 'some', 'only', 'just', 'over'].includes(t.lower) && (next?.pos === 'NUM' || next?.lower === 'half')) return true;
  return false;
}

/** A name of two words ending just before `i`, nothing capitalised before it: "Tim Guest". */
function personLikeBefore(ctx: Context, i: number): boolean {
  const [before, first, second] = [ctx.tokens[i - 3], ctx.tokens[i - 2], ctx.tokens[i - 1]];
  const name = (t: Token | undefined) => t !== undefined && t.pos === 'PROPN' && /^[\p{Lu}][\p{Ll}]+$/u.test(t.text);
  return name(first) && name(second) && !isCapitalised(before) && first!.sentence === second!.sentence;
}

function trimmed(ctx: Context, first: number, last: number): Mention | null {
  while (first <= last && !['PROPN', 'NOUN', 'NUM', 'ADJ', 'DET', 'PRON'].includes(ctx.tokens[first]!.pos) && ctx.tokens[first]!.text !== '[' && !isInnerName(ctx, first) && !isNameParticle(ctx, first)) first++;
  while (last >= first && (['[', '.', '-', '–'].includes(ctx.tokens[last]!.text) || ctx.tokens[last]!.lower === 'of' || ctx.tokens[last]!.lower === 'and')) last--;
  if (first > last) return null;
  const head = ctx.tokens[last]!;
  if ((head.text === ']' || head.text === '%') && last > first) return mentionOf(ctx, first, last);
  // ("Some said ...", "Many say ...": a quantifier opening the sentence, standing alone for people)
  const quantifier = first === last && first === ctx.sentences[head.sentence]?.first && /^(some|many|most|several|few|others)$/.test(head.lower);
  if (!['PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ'].includes(head.pos) && !isInnerName(ctx, last) && head.lower !== 'half' && !quantifier) return null;
  return mentionOf(ctx, first, last);
}

/** Adverbs that open sentences ("Finally, ..."), never a name in -ly such as "Jolly". */
const SENTENCE_ADVERBS = /^(finally|similarly|additionally|ultimately|accordingly|consequently|interestingly|importantly|notably|obviously|clearly|certainly|surely|frankly|honestly|unfortunately|fortunately|hopefully|apparently|evidently|originally|initially|currently|presumably|supposedly|understandably|predictably|reportedly|recently|previously|separately)$/i;
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const PART_OF_DAY = /^(morning|afternoon|evening|night)$/i;
/** A word of time a subject and its verb may hold between them ("last week", "on Tuesday", "early Thursday"). */
const isTimeNoun = (word: string) => WEEKDAY.test(word) || PART_OF_DAY.test(word) || /^(week|month|year|weekend)$/i.test(word);

/** Skips adverbs and auxiliaries between a subject and its verb ("Trump later said"). */
export function skipLeftModifiers(ctx: Context, index: number, min: number): number {
  let i = index;
  for (;;) {
    // "Sen. Dianne Feinstein (D-Calif.) last week said": a bracket after the name
    if (isPunct(ctx.tokens[i], ')')) {
      let k = i - 1;
      while (k > min && !isPunct(ctx.tokens[k], '(') && i - k < 25) k--;
      if (isPunct(ctx.tokens[k], '(')) i = k - 1;
    }
    // ("Theresa May said", "Florida, which Will claims": the name, not the modal)
    // (nor "Jolly said": a capitalised word in -ly opening the sentence is its subject)
    const opener = (k: number) => k === ctx.sentences[ctx.tokens[k]!.sentence]?.first && isCapitalised(ctx.tokens[k]) && !LEFT_SKIP.has(ctx.tokens[k]!.lower) && !SENTENCE_ADVERBS.test(ctx.tokens[k]!.text);
    while (i >= min && !/^(May|Will)$/.test(ctx.tokens[i]!.text) && (LEFT_SKIP.has(ctx.tokens[i]!.lower) || (ctx.tokens[i]!.pos === 'ADV' && ctx.tokens[i]!.lower.endsWith('ly') && !opener(i)))) i--;
    // "Mr Straw last week said", "Ms Ruiz on Tuesday said", "Spicer on Thursday evening said",
    // "Priebus later Thursday told", "Gowdy Thursday said": a time between subject and verb
    let j = i;
    if (PART_OF_DAY.test(ctx.tokens[j]?.text ?? '') && j - 1 >= min && WEEKDAY.test(ctx.tokens[j - 1]!.text)) j--;
    const t = ctx.tokens[j];
    const before = ctx.tokens[j - 1];
    if (j - 1 >= min && t && before && isTimeNoun(t.text) && /^(last|this|on|next|later|earlier|late|early)$/i.test(before.text)) {
      i = j - 2;
      continue;
    }
    if (j - 1 >= min && t && before && WEEKDAY.test(t.text) && ['PROPN', 'NOUN'].includes(before.pos) && !WEEKDAY.test(before.text)) {
      i = j - 1;
      continue;
    }
    // "The State Department less than two weeks ago said": a time ago between subject and verb
    if (t?.lower === 'ago') {
      let k = j - 1;
      while (k > min && j - k < 7 && (['NUM', 'NOUN', 'ADJ', 'ADV', 'DET'].includes(ctx.tokens[k]!.pos) || /^(than|a|an)$/.test(ctx.tokens[k]!.lower))) k--;
      if (k < j - 1) {
        i = k;
        continue;
      }
    }
    // "China has in the past said", "Labour has for months argued": a phrase after the auxiliary
    let p = i;
    while (p > min && i - p < 5 && (['DET', 'ADJ', 'NOUN', 'NUM'].includes(ctx.tokens[p]!.pos) || ctx.tokens[p]!.lower === 'past')) p--;
    if (p < i && p - 1 >= min && /^(in|for|on|over|during|since|at)$/.test(ctx.tokens[p]!.lower) && /^(has|have|had|was|is|were|are|will|would)$/.test(ctx.tokens[p - 1]!.lower)) {
      i = p - 1;
      continue;
    }
    // "He went on to say", "She continued to insist": the verb that carries the cue's infinitive
    const carrier = t?.lower === 'to' ? carrierOfInfinitive(ctx, j) : -1;
    if (carrier >= min) {
      i = carrier - 1;
      continue;
    }
    // '..., he was quoted as saying': the passive that carries the cue
    if (t?.lower === 'as' && before?.lower === 'quoted' && /^(was|were|is|are|been)$/.test(ctx.tokens[j - 2]?.lower ?? '')) {
      i = j - 3;
      continue;
    }
    // "Proponents of the bill, however, say", "Ayotte's campaign, for example, said": an adverb between commas
    if (i - 2 >= min && isPunct(t, ',') && ctx.tokens[j - 1]?.pos === 'ADV' && isPunct(ctx.tokens[j - 2], ',')) {
      i = j - 3;
      continue;
    }
    if (i - 3 >= min && isPunct(t, ',') && /^(for example|for instance|in fact|of course|in turn|in response)$/.test(`${ctx.tokens[j - 2]?.lower} ${ctx.tokens[j - 1]?.lower}`) && isPunct(ctx.tokens[j - 3], ',')) {
      i = j - 4;
      continue;
    }
    // "then-Surrey mayoral candidate Doug McCallum": the "then-" of a former title
    if (i - 1 >= min && t?.text === '-' && before && /^(then|ex)$/i.test(before.text) && before.end === t.start) i -= 2;
    else return i;
  }
}

/** Where the verb that carries a reporting infinitive begins ("went on to say", "continued to insist"), the "to" at `to`; -1 for none. */
export function carrierOfInfinitive(ctx: Context, to: number): number {
  const before = ctx.tokens[to - 1]?.lower ?? '';
  if (/^(continued|continues|proceeded)$/.test(before)) return to - 1;
  return before === 'on' && /^(went|goes|go|going)$/.test(ctx.tokens[to - 2]?.lower ?? '') ? to - 2 : -1;
}

/** The noun phrase that ends at `last` (inclusive), going left no further than `min`. */
export function leftNounPhrase(ctx: Context, last: number, min: number): Mention | null {
  if (last < min) return null;
  const end = ctx.tokens[last]!;
  if (end.pos === 'PRON' && SUBJECT_PRONOUNS.has(end.lower)) return mentionOf(ctx, last, last);
  let first = last + 1;
  for (let i = last; i >= min && canJoin(ctx, i, last + 1); i--) {
    if (ctx.tokens[i]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(ctx.tokens[i]!.lower)) break;
    first = i;
  }
  return first <= last ? trimmed(ctx, first, last) : null;
}

/** The noun phrase that starts at `first`, going right no further than `max`. */
export function rightNounPhrase(ctx: Context, first: number, max: number): Mention | null {
  if (first > max) return null;
  const start = ctx.tokens[first]!;
  if (start.pos === 'PRON' && SUBJECT_PRONOUNS.has(start.lower)) return mentionOf(ctx, first, first);
  let last = first - 1;
  for (let i = first; i <= max && canJoin(ctx, i, -1) && !isQuoteMark(ctx.tokens[i]); i++) {
    if (i > first && ctx.tokens[i]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(ctx.tokens[i]!.lower)) break;
    last = i;
  }
  return last >= first ? trimmed(ctx, first, last) : null;
}

/**
 * The subject of a verb at `cue`: the noun phrase before it, past adverbs and auxiliaries and past
 * an appositive between commas ("Michael Mulgrew, president of the union, said").
 */
export function subjectBefore(ctx: Context, cue: number, min: number): Mention | null {
  const i = skipLeftModifiers(ctx, cue - 1, min);
  if (i < min) return null;
  // ("Gov. John Kasich (R-OH), said": a party and state in brackets, then a comma)
  if (isPunct(ctx.tokens[i], ',') && isPunct(ctx.tokens[i - 1], ')')) {
    const named = leftNounPhrase(ctx, skipLeftModifiers(ctx, i - 1, min), min);
    if (named && ctx.tokens[named.last]!.pos === 'PROPN') return named;
  }
  if (isPunct(ctx.tokens[i], ',')) return appositiveSubject(ctx, i, min);
  if (isDash(ctx.tokens[i])) return openingSubject(ctx, i, min);
  const qualified = qualifiedSubject(ctx, i, min);
  if (qualified) return qualified;
  // "The agency, which said ...": the relative pronoun stands for the phrase before it
  if (ctx.tokens[i]!.lower === 'which' && isPunct(ctx.tokens[i - 1], ',') && i - 1 > min) return antecedentOfWho(ctx, i, min);
  let np = leftNounPhrase(ctx, i, min) ?? openingName(ctx, i);
  if (!np) return null;
  // "Jeb Bush in a Medium post said", "Trump in his announcement speech called": the phrase after a
  // preposition is no subject, the one before it is
  const preposition = ctx.tokens[np.first - 1];
  // (a common noun after it, a name before it: not "who in 2010 said", "a report in the Sunday Business claimed")
  if (preposition && np.first - 1 > min && preposition.pos === 'ADP' && SUBJECT_PREPOSITIONS.has(preposition.lower) && ctx.tokens[np.last]!.pos === 'NOUN') {
    const before = leftNounPhrase(ctx, np.first - 2, min);
    if (before && ctx.tokens[before.last]!.pos === 'PROPN') np = before;
  }
  // "Another intelligence source speaking to Fox News said": the one speaking, not the listener
  const participle = ctx.tokens[np.first - 2];
  if (preposition && participle && np.first - 2 > min && /^(to|with)$/.test(preposition.lower) && participle.pos === 'VERB' && /^(speaking|talking|writing|appearing)$/.test(participle.lower)) {
    const speaker = leftNounPhrase(ctx, np.first - 3, min);
    if (speaker) np = speaker;
  }
  // "the show, said X" is handled as a reverse frame; a relative "who" points to its antecedent
  // (but in "daughters, who he said were living in Russia" the one who says is "he")
  if (np.text.toLowerCase() === 'who') return antecedentOfWho(ctx, np.first, min);
  return relativeHead(ctx, np, min) ?? np;
}

const QUALIFIERS = /^(familiar|close|knowledgeable|briefed)$/;

/**
 * "A person familiar with the matter said", "a source close to his thinking said": the one the
 * adjective qualifies speaks, not the matter (which had been taken as the speaker).
 */
function qualifiedSubject(ctx: Context, i: number, min: number): Mention | null {
  for (let k = i; k > min && i - k < 8; k--) {
    const t = ctx.tokens[k]!;
    if (isPunct(t, ',;:.()') || isQuoteMark(t) || t.pos === 'CCONJ') return null;
    if (QUALIFIERS.test(t.lower) && /^(with|to|on)$/.test(ctx.tokens[k + 1]?.lower ?? '')) {
      const np = leftNounPhrase(ctx, k - 1, min);
      return np && ['NOUN', 'PROPN'].includes(ctx.tokens[np.last]!.pos) ? np : null;
    }
  }
  return null;
}

/**
 * The subject a restrictive relative clause stands between with its verb: "Current and former
 * officials who spoke with The Huffington Post said", "organizations that have endorsed him say",
 * "A news report published Wednesday said": not the phrase inside the clause, the one before it.
 */
function relativeHead(ctx: Context, np: Mention, min: number): Mention | null {
  // (a pronoun, or two phrases joined, "the investigation and Democrats", is the subject as it stands)
  if ((np.first === np.last && ctx.tokens[np.first]!.pos === 'PRON') || ctx.tokens.slice(np.first, np.last + 1).some((t) => t.pos === 'CCONJ')) return null;
  let verb = false;
  for (let k = np.first - 1; k > min && np.first - k < 15; k--) {
    const t = ctx.tokens[k]!;
    // (a clause of its own ends the walk: "a woman asked for a photo and Clinton said", "because they said")
    if (isPunct(t, ',;:.()') || isQuoteMark(t) || isDash(t) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || /^(as|when|while|after|before|if|because|since|until)$/.test(t.lower)) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // a participle right after a noun opens a reduced relative: "A news report published Wednesday"
      if (!verb && /ed$/.test(t.lower) && t.pos === 'VERB' && ['NOUN', 'PROPN'].includes(ctx.tokens[k - 1]?.pos ?? '') && ctx.tokens[k - 1]!.index > min) {
        const head = leftNounPhrase(ctx, k - 1, min);
        // (the phrase right after it, a day or a name: not "a woman asked for a photo and Clinton said",
        // nor the agent of "figures compiled by the Tories suggest")
        if (head && k + 1 === np.first && ctx.tokens[head.first - 1]?.pos !== 'ADP') return head;
      }
      verb = true;
      continue;
    }
    if (/^(who|that|which)$/.test(t.lower) && t.pos !== 'DET') {
      if (!verb) return null;
      const head = leftNounPhrase(ctx, k - 1, min);
      return head && head.last === k - 1 ? head : null;
    }
  }
  return null;
}

/** "Welch added that ...": a capitalised word opening the sentence right before its verb is a name. */
function openingName(ctx: Context, i: number): Mention | null {
  const t = ctx.tokens[i]!;
  const sentence = ctx.sentences[t.sentence];
  const opens = sentence !== undefined && i === sentence.first;
  return opens && /^[\p{Lu}][\p{Ll}'’-]+$/u.test(t.text) && (['VERB', 'NOUN', 'ADJ', 'PROPN'].includes(t.pos) || t.text === 'May' || (t.pos === 'ADV' && t.lower.endsWith('ly') && !SENTENCE_ADVERBS.test(t.text))) ? mentionOf(ctx, i, i) : null;
}

function appositiveSubject(ctx: Context, comma: number, min: number): Mention | null {
  return nearAppositive(ctx, comma, min) ?? openingSubject(ctx, comma, min);
}

/** Prepositions whose phrase may stand between a subject and its verb: "X in a statement said". */
const SUBJECT_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'through', 'via', 'inside', 'outside']);

const isDash = (t: Token | undefined) => t !== undefined && /^(—|–|--)$/.test(t.text);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'for', 'with', 'on']);

/**
 * The phrase that opens the sentence, before an aside that ends at `close`: "David Fenton, a
 * strategist whose agency, Fenton, made the ads, said", "Jason Sims — a teacher from Mount
 * Pleasant — says", "Rep. Bobby Scott (D-Va.), ranking member of the committee, said", "Six
 * Gannett newspapers in New Jersey, including the Asbury Park Press, said"; for a description
 * before a name set off by dashes, the name ("A former candidate -- John McCain, who ... -- said").
 */
function openingSubject(ctx: Context, close: number, min: number): Mention | null {
  // ("But Murshed Zaheed, ...": past a conjunction opening the sentence)
  let start = /^(but|and|yet|so)$/.test(ctx.tokens[min]?.lower ?? '') ? min + 1 : min;
  // ("On Friday, Gingrich — mentioned by Newsmax as ... — told": past an opening phrase of time or
  // place and its comma)
  if (ctx.tokens[start]?.pos === 'ADP') {
    let comma = start + 1;
    while (comma < close && comma - start <= 6 && !isPunct(ctx.tokens[comma], ',') && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(ctx.tokens[comma]!.pos)) comma++;
    if (comma < close && comma > start + 1 && isPunct(ctx.tokens[comma], ',')) start = comma + 1;
  }
  const head = rightNounPhrase(ctx, start, close);
  if (!head) return null;
  let next = head.last + 1;
  // the place or body after a plural: "newspapers in New Jersey", "speakers at the service"
  const plural = ctx.tokens[head.last]!.pos === 'NOUN' && /[^s]s$/.test(ctx.tokens[head.last]!.lower);
  if (plural && PLACE_PREPOSITIONS.has(ctx.tokens[next]?.lower ?? '')) next = (rightNounPhrase(ctx, next + 1, close)?.last ?? next) + 1;
  const opener = ctx.tokens[next];
  if (next >= close || !(isPunct(opener, ',(') || isDash(opener))) return null;
  // (a dateline, "WASHINGTON -- President Obama, dedicating ..., said", names no speaker)
  const dateline = isDash(opener) && /^[\p{Lu}\s.,]+$/u.test(head.text) && /\p{Lu}{2}/u.test(head.text);
  const named = !dateline && (ctx.tokens[head.last]!.pos === 'PROPN' || isInnerName(ctx, head.last));
  // (an aside, not a clause, past all but a name and its comma: "Sixteen Kenyans — including a
  // policeman — and a worker were among the casualties, said police Chief Joseph Boinnet"; a verb
  // of a relative clause is the aside's)
  const loose = !(named && isPunct(opener, ','));
  let relative = false;
  for (let k = next; k < close; k++) {
    const t = ctx.tokens[k]!;
    // (a plural's possessive, "the girls’ school", is no quote)
    const apostrophe = /^[’']$/.test(t.text) && ctx.tokens[k - 1]?.end === t.start;
    if ((isQuoteMark(t) && !apostrophe) || isPunct(t, ';:')) return null;
    if (/^(who|which|whose|that)$/.test(t.lower)) relative = true;
    if (loose && !relative && !isInnerName(ctx, k) && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)))) return null;
  }
  if (named) return head;
  const name = isDash(opener) ? rightNounPhrase(ctx, next + 1, close - 1) : null;
  if (name && ctx.tokens[name.last]!.pos === 'PROPN' && isPunct(ctx.tokens[name.last + 1], ',') ) return name;
  return plural ? head : null;
}

/**
 * The name before an appositive: "Rachel Berg, a philanthropist from Monsey, New York, said". Walks
 * back over commas (places in the appositive have their own) to the nearest name that a comma follows.
 */
function nearAppositive(ctx: Context, comma: number, min: number): Mention | null {
  let spokesFor: Mention | undefined;
  for (let k = comma - 1; k > min && comma - k < 30; k--) {
    const t = ctx.tokens[k]!;
    // ("Hemsley, the co-author of "Going Viral," about ..., said": past a title quoted in the appositive)
    const quoted = isQuoteMark(t) ? ctx.quoteByClose.get(t.start) : undefined;
    if (quoted && quoted.open > ctx.tokens[min]!.start && quoted.close - quoted.open < 80) {
      while (k > min && ctx.tokens[k]!.start > quoted.open) k--;
      continue;
    }
    if (isQuoteMark(t) || isPunct(t, ';:.')) return spokesFor ?? null;
    if (!isPunct(t, ',')) continue;
    const inner = ctx.tokens[k + 1]!;
    const relative = ['who', 'which', 'whose'].includes(inner.lower);
    const appositive = relative || inner.pos === 'DET' || inner.pos === 'NOUN' || inner.pos === 'ADJ' || inner.pos === 'PRON' || inner.pos === 'PROPN' || ATTRIBUTIVE_VERBS.has(inner.lower);
    const head = leftNounPhrase(ctx, k - 1, min);
    // "the director of operations for EHS, Jeff Fraser, says": a person's full name in apposition to a description
    const fullName = isGivenName(inner.text) && ctx.tokens[k - 1]?.pos !== 'DET' ? rightNounPhrase(ctx, k + 1, comma - 1) : null;
    if (fullName && fullName.last === comma - 1 && fullName.last > fullName.first && head && !isGivenName(ctx.tokens[head.first]!.text)) return fullName;
    // "from Monsey, New York": a name inside a prepositional phrase of the appositive; but "a
    // spokesman for Unison, Britain's biggest union," is the body the spokesman speaks for
    if (head && ctx.tokens[head.first - 1]?.pos === 'ADP' && inner.pos === 'PROPN') {
      if (/^(spokes(man|woman|person)|representative)$/.test(ctx.tokens[head.first - 2]?.lower ?? '')) spokesFor ??= head;
      continue;
    }
    // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said", "Sen. Chuck
    // Grassley, facing a challenge in Iowa, a swing state, said": a place after a preposition of the
    // appositive (its state after a comma too) is no subject, the walk goes on
    if (head && objectOfPreposition(ctx, head, min)) continue;
    const named = head && (ctx.tokens[head.last]!.pos === 'PROPN' || isInnerName(ctx, head.last));
    // "Pantucci, at the Royal United Services Institute, said", "Judge Stranch, in her dissent,
    // said", "Powell’s office, when contacted by Reuters, said", "Suu Kyi, 70, said": an adverbial
    // aside or an age right after a name (or a name's body) is no appositive, the name speaks
    const possessed = head !== null && ctx.tokens.slice(head.first, head.last).some((x) => x.pos === 'PROPN') && ctx.tokens.slice(head.first, head.last).some((x) => /^['’]s$/.test(x.text));
    // ("A senior defence official, speaking to the BBC's Paul Adams, said": after a participle aside any head)
    if (head && (named || possessed || /^(speaking|talking|writing)$/.test(inner.lower)) && adverbialAside(ctx, k + 1, comma)) return head;
    // ("A third of independents, 33%, say": a share and its figure)
    if (head && /^(\d+(\.\d+)?\s?%|\d+(\.\d+)? percent)$/.test(ctx.text.slice(inner.start, ctx.tokens[comma - 1]!.end))) return head;
    // "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said": a description (words in lower
    // case among its capitals) before a name of capitalised words set between commas
    const description = head !== null && ctx.tokens.slice(head.first, head.last + 1).some((x) => /^\p{Ll}/u.test(x.text) && x.pos !== 'PART');
    const between = named && description && isCapitalised(inner) ? rightNounPhrase(ctx, k + 1, comma - 1) : null;
    if (between && between.last === comma - 1 && between.last > between.first && ctx.tokens.slice(between.first, between.last + 1).every((x) => isCapitalised(x))) return between;
    // "A Warren adviser, who spoke on condition of anonymity, said" (but in "Shelby, the Alabama
    // Republican who heads the Banking Committee, which oversees the Fed, said", the committee is
    // the object of a verb of the appositive: the walk goes on)
    const object = head !== null && ctx.tokens[head.first - 1]?.pos === 'VERB' && !ATTRIBUTIVE_VERBS.has(ctx.tokens[head.first - 1]!.lower);
    // ("Murshed Zaheed, acting political director of CREDO Action, which organized the letter,
    // said": the relative's head stands in apposition to a name before it, the subject)
    let opening = head ? head.first - 1 : -1;
    while (opening > min && ATTRIBUTIVE_VERBS.has(ctx.tokens[opening]!.lower)) opening--;
    // (a description, not a name: in "In October, Mr. Paulson, who made billions, told" the name speaks)
    if (relative && head && (description || !named) && isPunct(ctx.tokens[opening], ',')) {
      const name = leftNounPhrase(ctx, opening - 1, min);
      if (name && ctx.tokens[name.last]!.pos === 'PROPN') return name;
    }
    if (appositive && head && (named || relative) && !(relative && object)) return head;
    // "Carson's business manager, Armstrong Williams, stated": the name in apposition
    const name = inner.pos === 'PROPN' || isInnerName(ctx, k + 1) ? rightNounPhrase(ctx, k + 1, comma - 1) : null;
    if (head && name && name.last === comma - 1) return name;
  }
  return spokesFor ?? null;
}

/** Prepositions of place and circumstance, whose object is never a clause's subject (unlike "after Sir Ian Blair, ..., said"). */
const OBJECT_PREPOSITIONS = new Set(['in', 'at', 'from', 'on', 'near', 'across', 'into', 'throughout', 'inside', 'outside', 'within', 'around', 'during', 'under', 'for']);

/** Whether a phrase is the object of a preposition of place or circumstance, or the state after such a place ("in Aurora, Colorado"). */
function objectOfPreposition(ctx: Context, np: Mention, min: number): boolean {
  // (inside an aside after a comma: "Officials at Homeland Security Investigations, a division of
  // ICE, said" is the officials' phrase as a whole)
  const isPreposition = (at: number) =>
    at > min && ctx.tokens[at]!.pos === 'ADP' && OBJECT_PREPOSITIONS.has(ctx.tokens[at]!.lower) && ctx.tokens.slice(min, at).some((t) => isPunct(t, ','));
  if (isPreposition(np.first - 1)) return true;
  // (a state is a word or two, no person's name: not "in Washington, Marc H. Morial, the chief executive")
  if (!isPunct(ctx.tokens[np.first - 1], ',') || ctx.tokens[np.last]!.pos !== 'PROPN' || np.last - np.first > 1 || isGivenName(ctx.tokens[np.first]!.text)) return false;
  const place = leftNounPhrase(ctx, np.first - 2, min);
  return place !== null && ctx.tokens[place.last]!.pos === 'PROPN' && isPreposition(place.first - 1);
}

/** Whether the words between two commas are an adverbial aside ("in her dissent", "when contacted by Reuters") or an age ("70"). */
function adverbialAside(ctx: Context, first: number, comma: number): boolean {
  const t = ctx.tokens[first];
  if (!t || first >= comma) return false;
  if (first === comma - 1 && t.pos === 'NUM') return true;
  const opens = (t.pos === 'ADP' && t.lower !== 'of') || /^(when|while|after|before|as|once|citing|speaking|writing|according)$/.test(t.lower);
  if (!opens || comma - first > 12) return false;
  // (a closed quote inside it is the aside's: "citing ''the unique magic of Trump,''")
  return !ctx.tokens.slice(first, comma).some((x) => (isQuoteMark(x) && ctx.quoteOf[x.index]! < 0 && !ctx.quoteByOpen.get(x.start)?.closed && !ctx.quoteByClose.has(x.start)) || isPunct(x, ';:') || ((x.pos === 'AUX' || (x.pos === 'VERB' && !/(ing|ed)$/.test(x.lower) && x.lower !== 'told')) && ctx.quoteOf[x.index]! < 0));
}

/**
 * The phrase a "who" that is a verb's subject stands for, which the statement's speaker resolves
 * to; the article names the speaker there by the "who", as by "he" elsewhere (the mention's span).
 */
function antecedentOfWho(ctx: Context, who: number, min: number): Mention | null {
  let i = who - 1;
  if (isPunct(ctx.tokens[i], ',')) i--;
  let np = leftNounPhrase(ctx, i, min);
  // ("said Nicky Driscoll, 24, from Manchester, who said": the person, not the place they are from)
  const preposition = np ? ctx.tokens[np.first - 1] : undefined;
  if (np && preposition && /^(from|in|at)$/.test(preposition.lower)) {
    let k = np.first - 2;
    while (k > min && (isPunct(ctx.tokens[k], ',') || ctx.tokens[k]!.pos === 'NUM')) k--;
    const person = k < np.first - 2 ? leftNounPhrase(ctx, k, min) : null;
    if (person && ctx.tokens[person.last]!.pos === 'PROPN') np = person;
  }
  const t = ctx.tokens[who]!;
  return np && { ...np, relative: { start: t.start, end: t.end, text: t.text } };
}

/** Whether a token is a pronoun that can be a subject. */
export function isSubjectPronoun(token: Token): boolean {
  return token.pos === 'PRON' && SUBJECT_PRONOUNS.has(token.lower);
}
