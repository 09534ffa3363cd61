import { firstTokenFrom, isCapitalised, isPunct, isQuoteMark, wordCount, type Context } from './context.js';
import { CUE_PARTICLES, DIRECTIVE_VERBS, LEADING_SUBORDINATE, NAMING_VERBS, OBJECT_VERBS, PARTICLE_ONLY, SPEECH_VERBS } from './lexicon.js';
import { carrierOfInfinitive, isInnerName, isSubjectPronoun, mentionOf, rightNounPhrase, skipLeftModifiers, subjectBefore, type Mention } from './phrases.js';

export type Kind = 'direct' | 'indirect' | 'mixed';

/** A cue: the verb or phrase of speech, as a token range (inclusive). */
export interface Cue {
  first: number;
  last: number;
  text: string;
  lemma: string;
}

/** One attribution found in the text: who (a mention, or the speaker before), what (a span), how. */
export interface Frame {
  cue: Cue | null;
  speaker: Mention | null;
  /** The speaker is the one of the frame before (participles, coordination, continued quotes). */
  inherit: boolean;
  start: number;
  end: number;
  kind: Kind;
  method: 'frame' | 'continuation';
  sentence: number;
  confidence: number;
}

interface Region {
  first: number;
  /** Inclusive. */
  last: number;
}

const CLAUSE_OPENERS = new Set(['how', 'why', 'whether', 'if', 'what', 'when', 'where', 'who']);
const SUBORDINATE_OPENERS = new Set(['as', 'while', 'because', 'after', 'before', 'once', 'since', 'although', 'though', 'unless', 'until']);
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow|earlier|later|last|this|next|recently|previously|again|also|repeatedly|publicly|privately|then|now|once|week|month|year|morning|afternoon|evening|night|day)$/i;
const PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'following', 'with', 'to', 'from', 'by', 'in', 'via', 'over', 'since', 'earlier', 'later', 'last', 'this', 'on', 'late', 'early', 'again', 'also', 'repeatedly', 'publicly', 'then', 'recently', 'once']);
const FINITE_HINT = new Set(['VERB', 'AUX']);

function tokenRange(ctx: Context, first: number, last: number) {
  return ctx.tokens.slice(first, last + 1);
}

/** "called the plan a disaster" names; "called for a ban" asks. */
function isNaming(cue: Cue): boolean {
  return NAMING_VERBS.has(cue.lemma) && cue.first === cue.last;
}

/** The cue at token i, with its particle ("pointed out"), or null when i is no verb of speech. */
export function cueAt(ctx: Context, i: number): Cue | null {
  const t = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1];
  if (t.lower === 'according' && next?.lower === 'to') return { first: i, last: i + 1, text: 'according to', lemma: 'according to' };
  const lemma = speechLemma(ctx, i);
  if (!lemma) return null;
  if (lemma === 'say' && isDiscourseSaid(ctx, i)) return null;
  // "South Korea's Kospi added 0.4 per cent": a market's gain
  if (lemma === 'add' && (ctx.tokens[i + 1]?.pos === 'NUM' || (/^(to|up)$/.test(ctx.tokens[i + 1]?.lower ?? '') && ctx.tokens[i + 2]?.pos === 'NUM'))) return null;
  // "a self-described conservative", "its hard-charging founder": part of a compound adjective;
  // "it's worth noting that ...": the writer's aside
  const prev = ctx.tokens[i - 1];
  if (prev && /^[-–]$/.test(prev.text) && prev.end === t.start) return null;
  if (prev?.lower === 'worth') return null;
  // "..., Mr. Manafort said, suggesting that Mr. Trump was about to ...": what the writer infers from
  // the words, no report of more of them (17 such in PolNeAR train, one annotated)
  if (lemma === 'suggest' && t.lower === 'suggesting') return null;
  // "to say you don't know ...": an infinitive reports nothing yet (but "He went on to say:",
  // "continued to insist that" report)
  if (ctx.tokens[i - 1]?.lower === 'to' && ctx.tokens[i - 1]!.pos === 'PART' && carrierOfInfinitive(ctx, i - 1) < 0) return null;
  // "Clinton was declared the winner": a passive reports no words of its subject
  // (and "where, it is said, local racists once fired": an impersonal passive)
  if ((/ed$/.test(t.lower) || t.lower === 'said') && /^(was|were|is|are|been|being|be|get|got)$/.test(ctx.tokens[skipAdverbs(ctx, i - 1)]?.lower ?? '')) return null;
  const particles = CUE_PARTICLES[lemma] ?? [];
  const withParticle = next && particles.includes(next.lower);
  if (PARTICLE_ONLY.has(lemma) && !withParticle) return null;
  const last = withParticle ? i + 1 : i;
  return { first: i, last, text: ctx.text.slice(t.start, ctx.tokens[last]!.end), lemma };
}

function isSpeechLemma(lemma: string): boolean {
  return SPEECH_VERBS.has(lemma) || PARTICLE_ONLY.has(lemma);
}

/** Base forms a verb form may come from: branded -> brand, noted -> note, dubbed -> dub. */
function baseForms(word: string): string[] {
  const forms = [word];
  for (const [suffix, add] of [['ed', ''], ['d', ''], ['ing', ''], ['ing', 'e'], ['s', ''], ['es', ''], ['ied', 'y'], ['ies', 'y']] as const) {
    if (word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length) + add);
  }
  const doubled = /([bdgmnprt])\1(ed|ing)$/.exec(word);
  if (doubled) forms.push(word.slice(0, -(doubled[2]!.length + 1)));
  return forms;
}

/**
 * The lemma of a verb of speech at token i. The tagger sometimes reads a verb as an adjective
 * ("Peskov branded such information"): right after a subject such a word is taken as the verb.
 */
function speechLemma(ctx: Context, i: number): string | null {
  const t = ctx.tokens[i]!;
  // ("made the following comment/VERB:": a base form after a determiner is a noun)
  if (t.pos === 'VERB' && t.lower === t.lemma && (ctx.tokens[i - 1]?.pos === 'DET' || ctx.tokens[i - 1]?.lower === 'following') && ctx.tokens[i - 1]!.lower !== 'that') return null;
  if (t.pos === 'VERB') return isSpeechLemma(t.lemma) ? t.lemma : baseForms(t.lower).find(isSpeechLemma) ?? null;
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return null;
  const next = ctx.tokens[i + 1];
  // (what follows the verb and its particle: "points out the ...", "points out that ...")
  const particle = next !== undefined && baseForms(t.lower).some((b) => CUE_PARTICLES[b]?.includes(next.lower));
  const after = particle ? ctx.tokens[i + 2] : next;
  // '..., ” notes Espinos', '..., ” points out the laid-back resident': right after a quote's
  // closing comma, a word ending like a verb is one
  if (isQuoteMark(ctx.tokens[i - 1]) && isPunct(ctx.tokens[i - 2], ',') && /(s|ed)$/.test(t.lower) && (after?.pos === 'PROPN' || (after?.pos === 'DET' && particle))) return baseForms(t.lower).find(isSpeechLemma) ?? null;
  // "The ad claims "...": a present-tense verb the tagger read as a plural noun ("Foster points/NOUN out that")
  // ("what South Korean officials say/NOUN is Kim's 35th birthday": a relative "what" before its subject)
  const whatBefore = /^(is|was|are|were)$/.test(after?.lower ?? '') && ctx.tokens.slice(Math.max(0, i - 6), i).some((x) => x.lower === 'what');
  const reports = isQuoteMark(after) || after?.lower === 'that' || (after !== undefined && isSubjectPronoun(after)) || whatBefore;
  // ("another report in the Sunday Telegraph claims/NOUN Mr Milburn is ...": between two names)
  const betweenNames = /^\p{Ll}+s$/u.test(t.text) && after?.pos === 'PROPN' && ctx.tokens[i - 1]?.pos === 'PROPN';
  const presentTense = /s$/.test(t.lower) && (reports || betweenNames);
  // "experts note that ...", "they warn that ...", "4 in 10 say they ...": the bare verb after a plural subject
  const plural = reports && isSpeechLemma(t.lower) && t.pos === 'NOUN';
  const irregular = IRREGULAR_PAST[t.lower];
  if (!/(ed|ing)$/.test(t.lower) && !irregular && !presentTense && !plural) return null;
  const prev = ctx.tokens[skipLeftModifiers(ctx, i - 1, 0)];
  // ("Garland/VERB said/ADJ": a capitalised word opening the sentence is its subject)
  // (or "Ian Read/VERB said/ADJ": a capitalised word inside the sentence)
  const opener = prev !== undefined && (prev.index === ctx.sentences[prev.sentence]?.first || isInnerName(ctx, prev.index)) && /^[\p{Lu}][\p{Ll}]+$/u.test(prev.text) && !prev.lower.endsWith('ing') && prev.pos === 'VERB';
  // ("Nearly a third say", "Some say": a share of people before the bare verb)
  const share = plural && prev !== undefined && SHARE_WORDS.test(prev.text);
  if (!prev || (!opener && !share && !['PROPN', 'PRON', 'NOUN', ...(plural ? ['NUM'] : [])].includes(prev.pos)) || prev.sentence !== t.sentence) return null;
  if (plural && !share && !/^(they|we|i|you|percent|half)$/.test(prev.lower) && prev.pos !== 'NUM' && !(/s$/.test(prev.lower) && prev.pos !== 'PRON')) return null;
  return irregular ?? baseForms(t.lower).find(isSpeechLemma) ?? null;
}

const SHARE_WORDS = /^(third|thirds|quarter|quarters|fifth|fifths|some|many|most|others|few|several|both|majority|plurality|minority)$/i;

const IRREGULAR_PAST: Readonly<Record<string, string>> = { said: 'say', told: 'tell', wrote: 'write' };

/** "That said, ..." and "having said that" are no reports of speech. */
function isDiscourseSaid(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return (prev?.lower === 'that' && isPunct(next, ',')) || prev?.lower === 'having' || prev?.lower === 'so-called' || next?.lower === 'so';
}

/** Where a frame may look: the sentence, or the part of it inside the quote that holds the cue. */
function regionOf(ctx: Context, cue: Cue): Region {
  const sentence = ctx.sentences[ctx.tokens[cue.first]!.sentence]!;
  const q = ctx.quoteOf[cue.first]!;
  if (q < 0) return { first: sentence.first, last: sentence.last - 1 };
  let first = cue.first;
  let last = cue.first;
  while (first > sentence.first && ctx.quoteOf[first - 1] === q && !isQuoteMark(ctx.tokens[first - 1])) first--;
  while (last < sentence.last - 1 && ctx.quoteOf[last + 1] === q && !isQuoteMark(ctx.tokens[last + 1])) last++;
  return { first, last };
}

/** Whether tokens from i on read as a clause: a subject and, later, a verb. */
function skipAdverbs(ctx: Context, i: number): number {
  while (i > 0 && ctx.tokens[i]!.pos === 'ADV') i--;
  return i;
}

/** Whether the words at `i` are a relative clause's verb right after its cue: "which the probe said were covered up". */
function relativeReport(ctx: Context, cue: Cue, i: number): boolean {
  const verb = ctx.tokens[i];
  if (!verb || !(verb.pos === 'AUX' || (verb.pos === 'VERB' && /(ed|s)$/.test(verb.lower)))) return false;
  const subject = subjectBefore(ctx, cue.first, 0);
  if (!subject || subject.first === cue.first) return false;
  const before = ctx.tokens[subject.first - 1];
  // (or a noun right before a pronoun subject: "a lack of leadership he says has left the city's police ...")
  const reduced = before !== undefined && before.pos === 'NOUN' && subject.first === subject.last && isSubjectPronoun(ctx.tokens[subject.first]!);
  // ("It's a dynamic Greenberg said could drive those moderates ...": a modal right after the cue has
  // no subject of its own, whatever stands before the speaker)
  const modal = i === cue.last + 1 && /^(could|would|will|might|may|should|can|must)$/.test(verb.lower);
  return before !== undefined && (/^(which|who|whom|that|what)$/.test(before.lower) || reduced || modal);
}

/** "this is just a rough patch", "this effect could ...": "this" opening a clause, not a time ("this week"). */
function isDemonstrative(ctx: Context, i: number): boolean {
  const after = ctx.tokens[i + 1];
  return ctx.tokens[i]?.lower === 'this' && after !== undefined && (after.pos === 'AUX' || (after.pos === 'NOUN' && !TIME_WORDS.test(after.text) && !/^(weekend|season|summer|winter|spring|fall|autumn|time)$/i.test(after.text)));
}

function startsClause(ctx: Context, i: number, last: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  const compound = /^[-–]$/.test(ctx.tokens[i + 1]?.text ?? '') && ctx.tokens[i + 1]!.start === t.end;
  // ("that's not happening", "waterboarding is": a demonstrative or a gerund before its verb;
  // "at least seven of the delegates have signed on"; "said Cook/VERB provided": a capitalised word
  // inside the sentence is a name, whatever the tagger guessed)
  const demonstrative = (t.lower === 'that' || (t.pos === 'VERB' && t.lower.endsWith('ing'))) && ctx.tokens[i + 1]?.pos === 'AUX';
  const atLeast = t.lower === 'at' && ctx.tokens[i + 1]?.lower === 'least';
  // ("says offload/VERB issues and overcapacity challenges are symptoms": a noun the tagger read as
  // a verb, before the plural noun it qualifies)
  const nounBeforeNoun = t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.text) && !/(ing|ed)$/.test(t.lower) && ctx.tokens[i + 1]?.pos === 'NOUN' && /\p{L}s$/u.test(ctx.tokens[i + 1]!.text);
  const subjectLike = compound || demonstrative || atLeast || nounBeforeNoun || isSubjectPronoun(t) || isInnerName(ctx, i) || ['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(t.pos) || isQuoteMark(t) || /^(its|his|her|their|our|my|your|there|this|these|those|some|many|most|no|none|all)$/.test(t.lower);
  if (!subjectLike) return false;
  return tokenRange(ctx, i + 1, last).some((x) => FINITE_HINT.has(x.pos) || isMistaggedVerb(ctx, x.index));
}

/**
 * A verb the tagger read as a noun, after the noun that is its subject: "the Khan family
 * deserved/NOUN better", "news outlets undercount/NOUN his supporters", "her suite of proposals
 * addresses/NOUN people's unrest" (a past tense, or a verb before its object).
 */
function isMistaggedVerb(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.text) || !['NOUN', 'PROPN'].includes(ctx.tokens[i - 1]?.pos ?? '')) return false;
  const next = ctx.tokens[i + 1];
  const object = next !== undefined && (next.pos === 'DET' || /^(his|her|its|their|our|my|your)$/.test(next.lower) || (next.pos === 'NOUN' && /^['’]s$/.test(ctx.tokens[i + 2]?.text ?? '')));
  return t.lower.endsWith('ed') || object;
}

/**
 * "This sort of opining, CNN claimed, violates its code": the attribution stands inside the
 * reported clause, whose words go on after the comma.
 */
function interposed(ctx: Context, next: number, region: Region): boolean {
  let at = next;
  while (ctx.tokens[at]?.pos === 'ADV' && at < region.last) at++;
  const t = ctx.tokens[at];
  if (!t || (TIME_WORDS.test(t.text) && !isDemonstrative(ctx, at))) return false;
  // (not a participle phrase: "..., the group said, compared with $2,700 for others")
  const resumesVerb = (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && !(t.lower.endsWith('ed') && /^(with|to|for|on)$/.test(ctx.tokens[at + 1]?.lower ?? ''));
  return resumesVerb || startsClause(ctx, next, region.last);
}

/** Whether a comma stands between the region's start and the cue (an attribution set inside its clause). */
function commaBefore(ctx: Context, from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) if (isPunct(ctx.tokens[k], ',')) return true;
  return false;
}

/** Whether the tokens from `from` up to `to` are an adverb or a prepositional phrase, with no verb. */
function adverbial(ctx: Context, from: number, to: number): boolean {
  const first = ctx.tokens[from]!;
  if (!(first.pos === 'ADV' || first.pos === 'ADP') || first.lower === 'that' || CLAUSE_OPENERS.has(first.lower)) return false;
  for (let k = from; k < to; k++) if (['VERB', 'AUX', 'PRON', 'PUNCT'].includes(ctx.tokens[k]!.pos)) return false;
  return true;
}

/** Whether the tokens from `from` up to `to` are only words of time ("said Wednesday she ..."). */
function onlyTimeWords(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!TIME_WORDS.test(ctx.tokens[k]!.text)) return false;
  return true;
}

/** Nouns for those one tells something to: "told a Commons select committee ...", "told a lunch for journalists ...". */
const LISTENERS = new Set(['committee', 'mps', 'peers', 'reporters', 'journalists', 'lunch', 'dinner', 'conference', 'audience', 'meeting', 'rally', 'delegates', 'supporters', 'activists', 'students', 'parliament', 'commons', 'lords', 'programme', 'jury', 'court', 'inquiry', 'hearing', 'congress', 'senate', 'assembly', 'voters', 'members', 'crowd', 'gathering', 'summit', 'convention', 'forum']);

/**
 * Where the clause starts after the one told, when no "that" marks it: a determiner or a
 * possessive after a noun ("told MPs the concerns ... remained"), or a clause after a noun naming an
 * audience ("told a Commons select committee human rights concerns remained"), the words before it
 * all a name or a noun phrase; -1 when there is no such place.
 */
function clauseAfterObject(ctx: Context, i: number, region: Region): number {
  let audience = -1;
  for (let k = i + 1; k <= region.last && k - i <= 12; k++) {
    const x = ctx.tokens[k]!;
    const prev = ctx.tokens[k - 1]!;
    const opens = (x.pos === 'DET' && x.lower !== 'all' && x.lower !== 'that') || /^(his|her|their|its|our|my|your)$/.test(x.lower);
    // ("told him the plan ...": the one told may be a pronoun)
    const told = ['NOUN', 'PROPN'].includes(prev.pos) || isInnerName(ctx, k - 1) || (k - 1 === i && /^(him|her|them|us|me)$/.test(prev.lower));
    if (opens && told && startsClause(ctx, k, region.last)) return k;
    // "told a Commons select committee human rights concerns remained", "told a lunch for political
    // journalists winning the election had to be ...": after a noun naming an audience, a clause
    // opening with no determiner (a noun, or a gerund with its verb later); the last such noun ("a
    // Commons select committee")
    // (not inside one name, "a Senate Intelligence Committee hearing"; no audience noun or colon
    // before the clause's verb, "a Commons foreign affairs committee: ...")
    if (LISTENERS.has(prev.lower) && (['NOUN', 'ADJ', 'PROPN'].includes(x.pos) || (x.pos === 'VERB' && x.lower.endsWith('ing'))) && !(isCapitalised(prev) && isCapitalised(x))) {
      const verb = tokenRange(ctx, k + 1, region.last).find((y) => FINITE_HINT.has(y.pos) && !y.lower.endsWith('ing'));
      const open = verb !== undefined && !tokenRange(ctx, k, verb.index - 1).some((y) => LISTENERS.has(y.lower) || isPunct(y, ':;'));
      if (open && (startsClause(ctx, k, region.last) || x.pos === 'VERB')) audience = k;
    }
    const nominal = told || ['ADJ', 'DET', 'NUM'].includes(prev.pos) || /^['’]s$/.test(prev.text) || /^(of|at|for|on)$/.test(prev.lower);
    // ("a Commons select committee": a verb the tagger saw between two nouns)
    const between = prev.pos === 'VERB' && ['NOUN', 'PROPN'].includes(ctx.tokens[k - 2]?.pos ?? '') && ['NOUN', 'PROPN'].includes(x.pos);
    if (!nominal && !between) return audience;
  }
  return audience;
}

const ANSWER = /^(yes|no)$/i;

const QUESTION_PUT = /^(?:when\s+|after\s+being\s+)?(?:asked|pressed|questioned|quizzed)\b/i;

/**
 * Whether the words from start to end open with a participle clause that puts a question to the one
 * who then speaks ("Asked about ...", "When pressed on ..."): the question is not their words.
 */
function questionPut(ctx: Context, start: number, end: number): boolean {
  return QUESTION_PUT.test(ctx.text.slice(start, end));
}

/**
 * The last token of a bare answer that "said" takes at token i, or -1: "yes" or "no" ("46 percent
 * of voters said yes."; not "said no matter what"), or a name after a question put to the speaker
 * ("Asked who leads the party, he said Ryan.").
 */
function answerEnd(ctx: Context, cue: Cue, i: number, region: Region): number {
  if (cue.lemma !== 'say') return -1;
  const ends = (last: number) => last >= region.last || isPunct(ctx.tokens[last + 1], ',.;');
  if (ANSWER.test(ctx.tokens[i]?.text ?? '')) return ends(i) ? i : -1;
  if (!questionPut(ctx, ctx.tokens[region.first]!.start, ctx.tokens[cue.first]!.start)) return -1;
  const name = ctx.tokens[i]?.pos === 'PROPN' ? rightNounPhrase(ctx, i, region.last) : null;
  return name && ends(name.last) ? name.last : -1;
}

/** The first token of the reported words after the cue, or -1 when the cue takes none. */
function forwardStart(ctx: Context, cue: Cue, region: Region): number {
  const start = clauseStart(ctx, cue, region);
  return start < 0 && cue.lemma === 'tell' ? thatAfterListener(ctx, cue, region) : start;
}

/** The start of the reported words as the cue's own rules find it, or -1. */
function clauseStart(ctx: Context, cue: Cue, region: Region): number {
  let i = cue.last + 1;
  // "accused Republicans of placing the interests of the NRA ahead of children": the one accused and what of
  if (cue.lemma === 'accuse') {
    const accused = rightNounPhrase(ctx, i, region.last);
    if (accused && ctx.tokens[accused.last + 1]?.lower === 'of' && accused.last + 2 <= region.last) return i;
    // ("accused ministers of wasting/NOUN money": a gerund the tagger joined to the noun phrase)
    const gerund = accused ? tokenRange(ctx, accused.first + 1, accused.last).find((t) => t.lower === 'of' && /\p{L}ing$/u.test(ctx.tokens[t.index + 1]?.text ?? '')) : undefined;
    return gerund ? i : -1;
  }
  // "46 percent of voters said yes": the answer itself
  if (answerEnd(ctx, cue, i, region) >= 0) return i;
  // where the clause may start: after the cue, or after the person told ("told BBC News he had ...")
  let from = i;
  if (OBJECT_VERBS.has(cue.lemma)) {
    const object = rightNounPhrase(ctx, i, region.last);
    const next = object ? ctx.tokens[object.last + 1] : undefined;
    // "promised her program would be paid for": that was the clause's subject, not an object
    const subjectAfterAll = next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')));
    // "told MPs the ban would be lifted", "told BBC Radio Four's the World at One his concern was
    // ...": the one told, then the clause's subject, opening with a determiner or a possessive
    // ("asked him a simple question: ...": what one asks is no clause)
    const told = object !== null && !['that', 'how', 'why'].includes(ctx.tokens[i]!.lower);
    const split = told && cue.lemma !== 'ask' ? clauseAfterObject(ctx, i, region) : -1;
    if (split > 0) i = from = split;
    else if (told && !subjectAfterAll) i = from = object.last + 1;
  }
  if (cue.lemma === 'call' && ['for', 'on'].includes(ctx.tokens[cue.last]!.lower)) return i <= region.last ? i : -1;
  if (isNaming(cue)) return i <= region.last ? i : -1;
  // "joked in his turn to answer the question, "It was ..."": a phrase after the cue, then the quote
  // (past a day: "said Thursday during a taping of a town hall in Buffalo, New York, that ...")
  let phrase = i;
  while (phrase < region.last && TIME_WORDS.test(ctx.tokens[phrase]!.text) && ctx.tokens[phrase]!.pos !== 'ADP') phrase++;
  if (ctx.tokens[phrase]?.pos === 'ADP' && !OBJECT_VERBS.has(cue.lemma)) {
    for (let k = phrase + 1; k < region.last && k - phrase < 20; k++) {
      const t = ctx.tokens[k]!;
      if (isPunct(t, ';.:') || isQuoteMark(t) || t.lower === 'that') break;
      if (isPunct(t, ',') && k - phrase < 14 && isQuoteMark(ctx.tokens[k + 1]) && ctx.quoteByOpen.get(ctx.tokens[k + 1]!.start)?.closed) return k + 1;
      // "says at a campaign stop in Toledo, Ohio, that it means ..."
      if (isPunct(t, ',') && ctx.tokens[k + 1]?.lower === 'that' && ctx.tokens[k + 2] && startsClause(ctx, k + 2, region.last)) return k + 2;
    }
  }
  // "said, however, that he hopes ...", "states however, that ...": an adverb between commas, then the clause
  if (isPunct(ctx.tokens[i], ',') || ctx.tokens[i]?.pos === 'ADV') {
    let k = isPunct(ctx.tokens[i], ',') ? i + 1 : i;
    while (k <= region.last && k - i <= 3 && ctx.tokens[k]!.pos === 'ADV') k++;
    if (k > i && isPunct(ctx.tokens[k], ',') && ctx.tokens[k + 1]?.lower === 'that' && startsClause(ctx, k + 2, region.last)) return k + 2;
    // ("said, among other things, that Mr. Bezos has ...": a short phrase with no verb between commas)
    if (isPunct(ctx.tokens[i], ',')) {
      let m = i + 1;
      while (m <= region.last && m - i <= 6 && !['VERB', 'AUX', 'PUNCT'].includes(ctx.tokens[m]!.pos) && !isQuoteMark(ctx.tokens[m])) m++;
      if (m > i + 1 && isPunct(ctx.tokens[m], ',') && ctx.tokens[m + 1]?.lower === 'that' && startsClause(ctx, m + 2, region.last)) return m + 2;
    }
    // ('acknowledged, however, “As they say ...”', 'responded pointedly, with a smile: “...”': then a quote)
    if (k > i && isPunct(ctx.tokens[k], ',:') && isQuoteMark(ctx.tokens[k + 1]) && ctx.quoteByOpen.get(ctx.tokens[k + 1]!.start)?.closed) return k + 1;
    if (k > i && isPunct(ctx.tokens[k], ',') && ctx.tokens[k + 1]?.pos === 'ADP') {
      let m = k + 2;
      while (m <= region.last && m - k < 7 && !isPunct(ctx.tokens[m], ',:;.') && !isQuoteMark(ctx.tokens[m])) m++;
      if (isPunct(ctx.tokens[m], ',:') && isQuoteMark(ctx.tokens[m + 1]) && ctx.quoteByOpen.get(ctx.tokens[m + 1]!.start)?.closed) return m + 1;
    }
  }
  // "said — on Twitter, as it happens — that Trump raised ...": an aside between dashes
  if (/^(—|–|--)$/.test(ctx.tokens[i]?.text ?? '')) {
    let k = i + 1;
    while (k <= region.last && k - i <= 15 && !isQuoteMark(ctx.tokens[k]) && ctx.tokens[k]!.text !== ctx.tokens[i]!.text) k++;
    if (k > i + 1 && ctx.tokens[k]?.text === ctx.tokens[i]!.text) {
      const that = ctx.tokens[k + 1]?.lower === 'that' ? 1 : 0;
      if (startsClause(ctx, k + 1 + that, region.last)) return k + 1 + that;
    }
  }
  // "said on Monday the plan would fail", "said in a statement the plan ...", "stated in July it opposed ...":
  // a prepositional phrase between the cue and its clause
  const after = clauseAfterPhrase(ctx, i, region);
  if (after > 0) return after;
  let skipped = 0;
  while (i <= region.last && skipped < 16) {
    const t = ctx.tokens[i]!;
    if (t.lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'DET' || t.pos === 'PRON')) return i + 1;
    if (isPunct(t, ':')) return i + 1;
    // (a short title quoted in a phrase before "that": "said on NBC's ''Meet the Press'' on Sunday that ...")
    const title = skipped > 0 && isQuoteMark(t) ? ctx.quoteByOpen.get(t.start) : undefined;
    if (title?.closed && title.close - title.open < 40 && ['ADP', 'PART', 'PROPN'].includes(ctx.tokens[i - 1]?.pos ?? '')) {
      const after = firstTokenFrom(ctx, title.close + 1);
      const rest = ctx.tokens.slice(after, region.last + 1).findIndex((x) => x.lower === 'that' || isPunct(x, ',;.:') || isQuoteMark(x));
      if (rest >= 0 && ctx.tokens[after + rest]!.lower === 'that' && rest <= 4 && startsClause(ctx, after + rest + 1, region.last)) return after + rest + 1;
    }
    // a quote after other words ("told the hosts of "Morning Joe"") names something; it is no report
    // (an apostrophe closing a possessive, "wrote to Sanders’ Senate office that", is no quote)
    const possessiveMark = t.text === '’' && ctx.tokens[i - 1]?.end === t.start && /s$/i.test(ctx.tokens[i - 1]!.text) && !ctx.quoteByOpen.has(t.start) && !ctx.quoteByClose.has(t.start);
    if (isQuoteMark(t) && !possessiveMark) return skipped === 0 ? i : -1;
    if (isPunct(t, ',') && isQuoteMark(ctx.tokens[i + 1])) return i + 1;
    if (CLAUSE_OPENERS.has(t.lower) && skipped <= 1) return i;
    // "emails, which she said represented all her work emails", "a probe the agency said was
    // ongoing": in a relative clause the report has no subject of its own, its verb follows the cue
    if (skipped === 0 && relativeReport(ctx, cue, i)) return i;
    // "said as RCMP entered the camp, one person secured ...": a subordinate clause opens the report
    // (or a phrase: "says despite being a Stanford alumna, she plans to ...")
    if (skipped === 0 && (SUBORDINATE_OPENERS.has(t.lower) || t.lower === 'despite')) {
      let k = i + 1;
      while (k < region.last && !isPunct(ctx.tokens[k], ',;:') && !isQuoteMark(ctx.tokens[k])) k++;
      const opens = t.lower === 'despite' || hasClauseVerb(ctx, ctx.tokens[i + 1]!.start, ctx.tokens[k]!.start);
      if (isPunct(ctx.tokens[k], ',') && opens && startsClause(ctx, k + 1, region.last)) return i;
    }
    // (not "orders telling staff to delete e-mails": a participle after a noun describes the noun)
    if (DIRECTIVE_VERBS.has(cue.lemma) && t.lower === 'to' && ctx.tokens[i + 1]?.pos === 'VERB' && !(/ing$/.test(ctx.tokens[cue.first]!.lower) && ['NOUN', 'PROPN'].includes(ctx.tokens[cue.first - 1]?.pos ?? ''))) return i;
    if (isPunct(t, ',') && skipped === 0 && interposed(ctx, i + 1, region)) return i + 1;
    // "says too often, that's not happening", "admits in this instance, there were fatalities":
    // an adverbial between the cue and its clause
    if (isPunct(t, ',') && skipped > 0 && skipped <= 4 && !commaBefore(ctx, region.first, cue.first) && adverbial(ctx, cue.last + 1, i) && !/^(who|which|whose|whom)$/.test(ctx.tokens[i + 1]?.lower ?? '') && startsClause(ctx, i + 1, region.last)) return i + 1;
    const possessive = /^['’]s$/.test(ctx.tokens[i + 1]?.text ?? '');
    // "reiterated his position that ...": an object, then the clause
    const object = rightNounPhrase(ctx, i, region.last);
    if (object && ctx.tokens[object.last + 1]?.lower === 'that' && object.last - i < 5) return object.last + 2;
    // "said being able to close premises did not make an impact": a gerund as the clause's subject
    if (i === from && (t.pos === 'VERB' || t.pos === 'AUX') && /ing$/.test(t.lower) && t.lower !== 'adding' && tokenRange(ctx, i + 1, region.last).some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && /(ed|s)$/.test(x.lower)))) return i;
    // ("this is just a rough patch": "this" is of a time only before one, "this week")
    if (onlyTimeWords(ctx, from, i) && startsClause(ctx, i, region.last) && (isDemonstrative(ctx, i) || (!PREPOSITIONS.has(t.lower) && (!TIME_WORDS.test(t.text) || possessive)))) return i;
    if (isPunct(t, ',;.')) return -1;
    if (t.pos === 'VERB' && skipped > 0 && t.lower !== 'following') return -1;
    i++;
    skipped++;
  }
  return -1;
}

/**
 * "told a town hall in Salem, New Hampshire on Monday that waterboarding is ...", "told Yahoo! News
 * in a story that posted this week that he believes ...": the one told and where, then "that" and a
 * clause (not a relative "that" and its verb, and not past another verb of speech or a participle).
 */
function thatAfterListener(ctx: Context, cue: Cue, region: Region): number {
  for (let k = cue.last + 1; k <= region.last && k - cue.last <= 25; k++) {
    const t = ctx.tokens[k]!;
    if (isQuoteMark(t) || isPunct(t, ';:.') || (t.pos === 'VERB' && (t.lower.endsWith('ing') || cueAt(ctx, k) !== null))) return -1;
    if (t.lower === 'that' && !relativeThat(ctx, k) && startsClause(ctx, k + 1, region.last)) return k + 1;
  }
  return -1;
}

/** "a story that posted this week": "that" and a verb, a relative clause (not "that waterboarding is ..."). */
function relativeThat(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return next?.pos === 'VERB' && !next.lower.endsWith('ing');
}

const PHRASE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'with', 'via', 'over', 'through', 'by']);

/** The clause after a prepositional phrase that opens at `i` ("on Monday", "in a statement"), or -1. */
function clauseAfterPhrase(ctx: Context, i: number, region: Region): number {
  const t = ctx.tokens[i];
  if (!t || !PHRASE_PREPOSITIONS.has(t.lower)) return -1;
  let k = i + 1;
  let noun = false;
  for (; k <= region.last && k - i <= 6; k++) {
    const x = ctx.tokens[k]!;
    // a determiner or pronoun after the phrase's noun starts the clause's subject
    if (noun && (x.pos === 'DET' || (x.pos === 'PRON' && isSubjectPronoun(x)))) break;
    if (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'NUM') noun = true;
    // ("in his New Year's speech he was ready ...": a possessive inside the phrase)
    else if (!noun && /^(his|her|its|their|our|my)$/.test(x.lower)) continue;
    else if (noun && x.pos === 'PART' && /^['’]s$/.test(x.text)) noun = false;
    else if (x.pos !== 'DET' && x.pos !== 'ADJ') break;
  }
  if (!noun || k > region.last || isPunct(ctx.tokens[k], ',;:.') || ctx.tokens[k]!.lower === 'that') return -1;
  const x = ctx.tokens[k]!;
  if (!(x.pos === 'DET' || (x.pos === 'PRON' && isSubjectPronoun(x)))) return -1;
  return startsClause(ctx, k, region.last) ? k : -1;
}

/** An attribution after a comma ("..., he said"): inside a quote, a sign its marks were paired wrongly. */
const INNER_ATTRIBUTION = /,\s+(?:he|she|they|we|[\p{Lu}][\p{L}’'-]+(?:\s[\p{Lu}][\p{L}’'-]+)?)\s+(?:said|says|added|adds|told|explained|insisted|wrote|writes)\b/u;

/**
 * 'he and his group were “very pleased with the decision. This really just levels the field.”': a
 * quote the words open runs on to its closing mark, past the sentence end the tagger saw inside it.
 * (Not a quote that holds the cue: the words are inside it.)
 */
function throughQuote(ctx: Context, start: number, end: number, cue: Cue): [number, number] {
  const home = ctx.quoteOf[cue.first] ?? -1;
  for (const [k, q] of ctx.quotes.entries()) {
    if (q.open >= end) break;
    if (k === home || !q.closed || q.open < start || q.close < end) continue;
    // (the closing mark in the same paragraph, a few sentences on at most, with no attribution
    // before it: "... had not happened, he said. "But ...")
    const rest = ctx.text.slice(end, q.close);
    if (rest.length > 400 || rest.includes('\n') || INNER_ATTRIBUTION.test(rest)) continue;
    return [start, q.close + 1];
  }
  return [start, end];
}

/** Where a sentence ends before a web address the tagger ran it into ("... of $500. https://www.spca.org/ Georgie Binks is"). */
function beforeLink(ctx: Context, start: number, end: number): number {
  const link = /[.!?]\s+(?:https?:\/\/|www\.)/.exec(ctx.text.slice(start, end));
  return link ? start + link.index + 1 : end;
}

/**
 * Where the reporter says how the words came, after them: "called for more school investment in a
 * statement on Thursday", "said ... in an interview with CNN", "... on Twitter".
 */
const CHANNEL_TAIL =
  /\s(?:in|during|through|via)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|interview|speech|e-?mail|letter|tweet|post|news release|press release|memo|op-ed|address|briefing|news conference|press conference)(?:\s+(?:with|to|on|at|from)\s+[^,;.“”"]{1,40})?$|\s(?:on|in a post on)\s+(?:Twitter|Facebook|Instagram|X)(?:\s+on\s+\p{Lu}\p{Ll}+day)?$/iu;

/** The channel after a report's words, unless the words need it ("the letter was in a statement", "mostly on Twitter"). */
function channelTail(ctx: Context, start: number, end: number): RegExpExecArray | null {
  const tail = CHANNEL_TAIL.exec(ctx.text.slice(start, end));
  if (!tail) return null;
  const before = ctx.tokens[firstTokenFrom(ctx, start + tail.index) - 1];
  return before && before.start >= start && !['AUX', 'ADV', 'ADP', 'PART', 'DET'].includes(before.pos) ? tail : null;
}

/** Trims the words of a statement: no leading or trailing punctuation or linking words. */
function trimSpan(ctx: Context, start: number, end: number): [number, number] {
  const text = ctx.text;
  for (;;) {
    const before = [start, end];
    while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
    while (end > start && /[\s,;:—–.-]/.test(text[end - 1]!)) end--;
    const tail = /\s(and|but|though|although|while|as|because|so|yet|or)$/i.exec(text.slice(start, end)) ?? channelTail(ctx, start, end);
    if (tail) end -= tail[0].length;
    if (before[0] === start && before[1] === end) return [start, end];
  }
}

function endOfRegion(ctx: Context, region: Region): number {
  return ctx.tokens[region.last]!.end;
}

/** The quote a span is, when it is exactly one quotation (marks and a trailing period aside). */
function quoteFor(ctx: Context, start: number, end: number) {
  // (the end may stop short of the mark by the quote's own closing punctuation: ".", "...", "?")
  return ctx.quotes.find((q) => Math.abs(q.open - start) <= 1 && q.closed && (Math.abs(q.close - end) <= 2 || (q.close > end && /^[\s.…!?,]+$/.test(ctx.text.slice(end, q.close))))) ?? null;
}

/** Direct, indirect or mixed, and the span to keep. */
function classify(ctx: Context, start: number, end: number, naming: boolean): { kind: Kind; start: number; end: number } | null {
  const whole = quoteFor(ctx, start, end);
  if (whole) return { kind: 'direct', start: whole.start, end: whole.end };
  const inside = ctx.quotes.filter((q) => q.open >= start && q.close <= end + 1);
  if (naming && inside.length) {
    const last = inside.at(-1)!;
    const after = ctx.tokens[firstTokenFrom(ctx, last.close + 1)];
    // 'an "empty and groundless" escalation': the quoted words qualify a noun and are the statement;
    // 'called Palin a "clown" on his show': the object up to the quote is
    const modifier = after !== undefined && after.start < end && ['NOUN', 'ADJ', 'PROPN'].includes(after.pos);
    if (modifier) return wordCount(ctx.text.slice(last.start, last.end)) >= 2 ? { kind: 'direct', start: last.start, end: last.end } : null;
    if (after !== undefined && after.start < end) return { kind: 'mixed', start, end: last.close + 1 };
  }
  // "called him a political opportunist", "calls Clinton unqualified": one named, then what they are called
  if (naming && !inside.length) return namesWithoutQuotes(ctx, start, end) ? { kind: 'indirect', start, end } : null;
  const partial = ctx.quotes.some((q) => (q.open >= start && q.open < end) || (q.close > start && q.close <= end));
  return { kind: partial ? 'mixed' : 'indirect', start, end };
}

/** Whether the words a naming verb takes are a person or a pronoun, then an adjective or an indefinite noun phrase. */
function namesWithoutQuotes(ctx: Context, start: number, end: number): boolean {
  let i = firstTokenFrom(ctx, start);
  const first = ctx.tokens[i];
  if (!first) return false;
  if (/^(him|her|them)$/.test(first.lower)) i++;
  else if (first.pos === 'PROPN') while (ctx.tokens[i]?.pos === 'PROPN') i++;
  else return false;
  const next = ctx.tokens[i];
  if (!next || next.start >= end) return false;
  return (next.pos === 'ADJ' && !/^(on|in|at)$/.test(ctx.tokens[i + 1]?.lower ?? '')) || /^(a|an)$/.test(next.lower);
}

/**
 * Reported words end where the reporter's sentence goes on with a verb of its own: ", but cautioned
 * against ...", ", adding ...". Quoted text is never cut.
 */
const SUBORDINATORS = new Set(['although', 'though', 'whereas']);

function endOfReport(ctx: Context, start: number, end: number, cue: Cue): number {
  const cueQuote = ctx.quoteOf[cue.first] ?? -1;
  // "if X happens, Y follows": a comma inside a conditional report does not end it
  const conditional = CONDITIONAL.test(ctx.text.slice(start, start + 14).replace(/^[\s"“'‘,;:]+/, ''));
  // commas inside a quote belong to the quote, unless the cue itself stands inside that quote
  const home = cueQuote;
  // (a report inside a relative clause set off by a comma: ", which officials said will ...")
  let insideRelative = false;
  for (let k = firstTokenFrom(ctx, start) - 1; k >= 0 && firstTokenFrom(ctx, start) - k < 8; k--) {
    const t = ctx.tokens[k]!;
    if (/^(who|which)$/.test(t.lower)) {
      insideRelative = isPunct(ctx.tokens[k - 1], ',');
      break;
    }
    if (isPunct(t, ',.;:') || isQuoteMark(t)) break;
  }
  for (let i = firstTokenFrom(ctx, start + 1); i < ctx.tokens.length && ctx.tokens[i]!.start < end; i++) {
    const t = ctx.tokens[i]!;
    // "said he would order a review and warned against hackers": a second verb of speech, past
    // like the cue, starts a report of its own; so does the subject's next verb (parallelToCue)
    if (['and', 'but'].includes(t.lower) && ctx.quoteOf[t.index]! < 0) {
      const verb = ctx.tokens[i + 1];
      const pastSpeech = verb !== undefined && verb.pos === 'VERB' && /ed$/.test(verb.lower) && speechLemma(ctx, i + 1) !== null;
      if (pastSpeech || parallelToCue(ctx, cue, start, i)) return t.start;
    }
    const closesQuote = isQuoteMark(t) && ctx.quoteByClose.has(t.start);
    // ("Intermediate-Range", "Wealth-X": a hyphen inside a word ends nothing)
    if (/^[-–]$/.test(t.text) && ctx.tokens[i - 1]?.end === t.start && ctx.tokens[i + 1]?.start === t.end) continue;
    if (!closesQuote && (!isPunct(t, ',;-–—―') || (ctx.quoteOf[t.index]! >= 0 && ctx.quoteOf[t.index] !== home))) continue;
    if (closesQuote && !isPunct(ctx.tokens[t.index - 1], ',')) continue;
    const next = ctx.tokens[t.index + 1];
    const after = ctx.tokens[t.index + 2];
    // (", but did not suggest ...", ", and has championed ...": the subject's next verb, not the report's)
    // (in the cue's tense: "said it sees the ban as political, and does not want it lifted" goes on;
    // "said she recruited him, but hasn't decided what she'll do" does not)
    const auxVerb = after?.pos === 'AUX' && /^(did|does|has|had|have|was|is)$/.test(after.lower) && ['VERB', 'PART'].includes(ctx.tokens[t.index + 3]?.pos ?? '') && !(next?.lower === 'and' && presentAfterPast(ctx, cue, after.lower));
    // (after a dash only the subject's next verb or "he"/"she" again: "the Abstentions Party was
    // the real challenge - and they would not be motivated by ..." goes on, "- and he makes sure
    // to ..." does not)
    const dash = /^[-–—]$/.test(t.text);
    const conjunctionVerb =
      next &&
      ['but', 'and', 'yet', 'so'].includes(next.lower) &&
      ((after?.pos === 'VERB' && /(ed|s)$/.test(after.lower)) || auxVerb || (dash ? /^(he|she)$/.test(after?.lower ?? '') : opensIndependentClause(ctx, t.index + 2, isBareReport(ctx, start, t.start), true)));
    // ("— a controversial proposal he has raised at various points": the writer's aside on the words)
    const dashClause = dash && next && (['though', 'although', 'but', 'while', 'which'].includes(next.lower) || (/^(a|an)$/.test(next.lower) && ctx.quoteOf[t.index]! < 0 && hasClauseVerb(ctx, start, t.start)));
    const participle = next !== undefined && next.pos === 'VERB' && next.lower.endsWith('ing') && (SPEECH_VERBS.has(next.lemma) || next.lemma === 'refer' || next.lemma === 'cite');
    const subordinate = !closesQuote && next !== undefined && SUBORDINATORS.has(next.lower) && !dash;
    // "Smith, who said the plan would fail, left early": the sentence's own verb after the relative clause
    const mainVerb = insideRelative && !closesQuote && isPunct(t, ',') && next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')));
    // (also after a quote closed on a comma: "his approach will be “comprehensive,” he has made clear it ...")
    // (not before the report has a verb: "says that contrary to the claims of some candidates, he's not plotting ...")
    const newClause = !conditional && ((closesQuote && !isQuoteMark(next)) || (!closesQuote && isPunct(t, ',;:-–—―'))) && opensIndependentClause(ctx, t.index + 1, !closesQuote) && hasClauseVerb(ctx, start, t.start);
    if (conjunctionVerb || dashClause || participle || subordinate || newClause || mainVerb) return closesQuote ? t.end : t.start;
  }
  return end;
}

/** Whether an auxiliary in the present follows a cue in the simple past ("said ..., and does not"). */
function presentAfterPast(ctx: Context, cue: Cue, aux: string): boolean {
  const verb = ctx.tokens[cue.first]!;
  const simplePast = /ed$|^(said|told|wrote|spoke|thought)$/.test(verb.lower) && ctx.tokens[cue.first - 1]?.pos !== 'AUX';
  return simplePast && /^(does|has|have|is)$/.test(aux);
}

/**
 * Whether the words after "and"/"but" at `and` are the cue's subject's next verb, not more of the
 * report: "telling CNN that Trump is a faker and questioning how ...", "said she admires his
 * determination and highlighted ...", "said that he would offer a prayer but did not suggest ...".
 * A verb with no subject of its own, in the cue's form (a participle after a participle; a past
 * tense after a past cue whose report is not in the past itself).
 */
function parallelToCue(ctx: Context, cue: Cue, start: number, and: number): boolean {
  const verb = ctx.tokens[and + 1];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  const cueWord = ctx.tokens[cue.first]!.lower;
  const from = firstTokenFrom(ctx, start);
  const report = tokenRange(ctx, from, and - 1);
  // (not when the report has participles of its own: "is hurting the economy and diverting jobs")
  if (/ing$/.test(cueWord)) return /ing$/.test(verb.lower) && verb.pos === 'VERB' && !report.some((x) => x.pos === 'VERB' && /ing$/.test(x.lower));
  if (!/ed$/.test(cueWord) && !IRREGULAR_PAST[cueWord]) return false;
  // (a clause of another subject in between takes the verb: "while Sanders was open and did not try")
  if (report.some((x) => isPunct(x, ',;') || SUBORDINATE_OPENERS.has(x.text) || /^(whereas|who|which)$/.test(x.text))) return false;
  // "but did not suggest": a past auxiliary, "not", a verb
  const didNot = /^(did|didn’t|didn't)$/.test(verb.lower) && (ctx.tokens[and + 2]?.lower === 'not' || ctx.tokens[and + 2]?.lower === "n't");
  // (a past verb before its object; not participles joined, "developed and reviewed", "cut and
  // dried", nor one qualifying a noun, "and improved dining")
  const before = ctx.tokens[and - 1]!;
  const pastVerb = verb.pos === 'VERB' && /ed$/.test(verb.lower) && ['DET', 'PRON', 'SCONJ', 'PART'].includes(ctx.tokens[and + 2]?.pos ?? '') && !/ed$/.test(before.lower) && before.pos !== 'ADJ';
  if (!didNot && !pastVerb) return false;
  // (the report itself in the present or the future: "she admires", "he would offer")
  return report.some((x, k) => (x.pos === 'AUX' && /^(is|are|has|have|will|would|can|could|may|might|must|should|am|’s|'s)$/.test(x.lower)) || (x.pos === 'VERB' && /[^s]s$/.test(x.lower) && report[k - 1]?.pos === 'PRON'));
}

const CONDITIONAL = /^(if|when|whenever|although|though|while|because|as|after|before|unless|since|once|even|despite|given|by|in|with|without|for|under|amid|during)\b/i;

/**
 * Whether a report is no clause of its own (a question, an infinitive, a noun phrase): after it a
 * clause of a named subject is the sentence's, not the report's ("asked whether Cruz disavowed the
 * endorsement, but the campaign refused", "urged people to seek shelter, and the hashtag was soon
 * trending"); after a clause it may be the report's ("said the boxes were flooded, but Sanders did
 * not make the list").
 */
function isBareReport(ctx: Context, start: number, end: number): boolean {
  return /^(to|whether|if)\b/i.test(ctx.text.slice(start, start + 8)) || !hasClauseVerb(ctx, start, end);
}

/** Modal verbs: "and Democrats would need to ...", "and the threat will likely continue" go on with the report's words. */
const MODALS = /^(would|could|will|might|may|can|should|must|’d|'d|’ll|'ll)$/;

/**
 * Whether a subject and its finite verb follow (", they differ by degree", ", he is set to ...") or
 * a quote ("— ''He would have loved Stalin,'' Mr. Biden said"): the report has ended, the sentence
 * goes on with a clause of its own. With `named`, a subject that is a name or a described phrase
 * counts too; with `notModal`, not one whose verb is a modal (such a clause goes on with the words).
 */
function opensIndependentClause(ctx: Context, i: number, named = false, notModal = false): boolean {
  const first = ctx.tokens[i];
  if (!first) return false;
  // (a quote that has an attribution of its own after it: "— ''He would have loved Stalin,'' Mr.
  // Biden said"; without one, ", and “in this case I think he’s right.”" goes on with the same words)
  if (isQuoteMark(first)) {
    const quote = ctx.quotes.find((q) => q.open === first.start && q.closed);
    if (!quote) return false;
    const after = firstTokenFrom(ctx, quote.close + 1);
    for (let k = after; k < after + 6 && ctx.tokens[k] && ctx.tokens[k]!.sentence === ctx.tokens[after]!.sentence; k++) if (cueAt(ctx, k)) return true;
    return false;
  }
  // (with `named`, a named or described subject too: ", the campaign has appeared to acknowledge ...",
  // ", Clinton restricted comments ...")
  if (named && (first.pos === 'PROPN' || (first.pos === 'DET' && /^(the|his|her|its|their)$/.test(first.lower)))) {
    for (let k = i + 1; k < i + 6 && ctx.tokens[k] && ctx.tokens[k]!.sentence === first.sentence; k++) {
      const t = ctx.tokens[k]!;
      if (t.pos === 'AUX' || (t.pos === 'VERB' && /(ed|s)$/.test(t.lower))) return ctx.quoteOf[k]! < 0 && !(notModal && (MODALS.test(t.lower) || t.lower === 'being'));
      // ("and the Anti-Defamation League strongly denounced")
      if (!['PROPN', 'NOUN', 'ADJ', 'PART', 'NUM'].includes(t.pos) && !(t.pos === 'ADV' && /ly$/.test(t.lower))) return false;
    }
    return false;
  }
  if (!(isSubjectPronoun(first) && first.lower !== 'who')) return false;
  for (let k = i + 1; k < i + 6 && ctx.tokens[k] && ctx.tokens[k]!.sentence === first.sentence; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && /(ed|s)$/.test(t.lower) && ctx.tokens[k - 1]?.pos !== 'DET')) return true;
    if (isPunct(t, ',;:') || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
  }
  return false;
}

/** Whether a span reads as a clause: some verb that is not an -ing form or an infinitive. */
function hasClauseVerb(ctx: Context, start: number, end: number): boolean {
  for (let i = firstTokenFrom(ctx, start); i < ctx.tokens.length && ctx.tokens[i]!.end <= end; i++) {
    const t = ctx.tokens[i]!;
    // (not a passive participle after "being": "prior to the injunction being enforced")
    if (t.pos === 'AUX' && t.lower === 'being') continue;
    // (nor a noun the tagger read as a verb after a determiner: "In a later vote, he warned")
    const det = ctx.tokens[i - 1]?.pos === 'DET' || (['ADJ', 'ADV'].includes(ctx.tokens[i - 1]?.pos ?? '') && ctx.tokens[i - 2]?.pos === 'DET');
    if (t.pos === 'VERB' && det && !/^(that|this|these|those|which)$/.test(ctx.tokens[i - 1]!.lower)) continue;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !/^(to|being)$/.test(ctx.tokens[i - 1]?.lower ?? '')) || isMistaggedVerb(ctx, i)) return true;
    // "Sanders trails Clinton": a verb in -s the tagger read as a noun, between two names
    if (t.pos === 'NOUN' && /^\p{Ll}+s$/u.test(t.text) && ctx.tokens[i - 1]?.pos === 'PROPN' && ctx.tokens[i + 1]?.pos === 'PROPN') return true;
    // "the move disadvantaged his group": a past tense the tagger read as an adjective, between a noun and its object
    if (t.pos === 'ADJ' && t.lower.endsWith('ed') && ['NOUN', 'PROPN'].includes(ctx.tokens[i - 1]?.pos ?? '') && ['DET', 'PRON'].includes(ctx.tokens[i + 1]?.pos ?? '')) return true;
  }
  return false;
}

function makeFrame(ctx: Context, cue: Cue, speaker: Mention | null, inherit: boolean, start: number, end: number, confidence: number, piece = false, answer = false): Frame | null {
  const [s, e] = throughQuote(ctx, ...trimSpan(ctx, start, beforeLink(ctx, start, endOfReport(ctx, start, end, cue))), cue);
  const shape = classify(ctx, s, e, isNaming(cue));
  if (!shape) return null;
  // 'Priebus said, "Probably."': one quoted word is a statement; one reported word is not, but for
  // an answer (answerEnd)
  const said = answer || (cue.lemma === 'say' && ANSWER.test(ctx.text.slice(shape.start, shape.end).trim()));
  if (wordCount(ctx.text.slice(shape.start, shape.end)) < ((shape.kind === 'direct' && !isNaming(cue)) || said ? 1 : 2)) return null;
  const loose = !isNaming(cue) && !DIRECTIVE_VERBS.has(cue.lemma) && cue.lemma !== 'accuse' && !piece;
  // ("Jeff Flake said he would": a pronoun and its auxiliary; "46 percent of voters said yes")
  const first = ctx.tokens[firstTokenFrom(ctx, s)];
  const short = said || (first !== undefined && isSubjectPronoun(first) && ctx.tokens[first.index + 1]?.pos === 'AUX');
  const fewest = short ? 1 : isNaming(cue) ? 2 : 3;
  if (shape.kind === 'indirect' && (wordCount(ctx.text.slice(s, e)) < fewest || (loose && !short && !hasClauseVerb(ctx, s, e)))) return null;
  return { cue, speaker, inherit, start: shape.start, end: shape.end, kind: shape.kind, method: 'frame', sentence: ctx.tokens[cue.first]!.sentence, confidence };
}

/** "According to X, ..." and "..., according to X." */
function accordingTo(ctx: Context, cue: Cue, region: Region): Frame | null {
  const np = rightNounPhrase(ctx, cue.last + 1, region.last) ?? verbLedSource(ctx, cue.last + 1, region.last);
  // the words of the source run to the next comma or the sentence's end: "according to early
  // results of exit polls conducted for The Associated Press, ...", "according to HuffPost
  // Pollster's polling average." (the tagger read "polling" as a verb); a relative clause is the
  // source's too ("according to Smith, who runs the firm, ...")
  const stop = (i: number) => isPunct(ctx.tokens[i], ',:;.') || isQuoteMark(ctx.tokens[i]);
  const nextStop = (i: number) => {
    while (i <= region.last && i - cue.last < 18 && !stop(i)) i++;
    return i;
  };
  let boundary = np && isPunct(ctx.tokens[np.last + 1], ',:') ? np.last + 1 : nextStop(cue.last + 1);
  if (isPunct(ctx.tokens[boundary], ',') && /^(who|which|whose)$/.test(ctx.tokens[boundary + 1]?.lower ?? '')) boundary = nextStop(boundary + 1);
  const source = np ?? (boundary - 1 > cue.last && ctx.tokens[boundary - 1]!.pos !== 'PUNCT' ? mentionOf(ctx, cue.last + 1, boundary - 1) : null);
  if (!source) return null;
  const after = ctx.tokens[boundary];
  const opensRegion = cue.first === region.first || isPunct(ctx.tokens[cue.first - 1], '(');
  // (the token before the cue: a comma, a colon or a word)
  const before = ctx.tokens[cue.first - 1];
  // ("It hasn't gone unnoticed: According to recent polls, ...": a colon opens the report's own sentence)
  const afterColon = isPunct(before, ':');
  // "Clinton leads Sanders by 271 delegates according to a count by The Associated Press.": no comma,
  // the source closing the sentence after a clause
  // (but "approved according to the rules", "went according to plan" report no one's words)
  const rule = /^(rules?|laws?|plans?|schedule|guidelines|regulations|tradition|custom|protocol|script|procedures?|constitution|design)$/i.test(ctx.tokens[source.last]!.text);
  if (!opensRegion && !afterColon && !rule && !isPunct(before, ',') && cue.first - 1 > region.first && !isPunct(after, ',:') && boundary > region.last - 1 && hasClauseVerb(ctx, ctx.tokens[region.first]!.start, before!.end)) {
    return makeFrame(ctx, cue, source, false, ctx.tokens[region.first]!.start, before!.end, 0.75);
  }
  if (opensRegion || afterColon || !isPunct(before, ',') || cue.first - 1 <= region.first) {
    // "According to X, ..." / "According to X: "..."" / "At the heart of it, according to X, was ..."
    if (!isPunct(after, ',:')) return null;
    if (!opensRegion && !afterColon && !isPunct(before, ',')) return null;
    const candidate = isQuoteMark(ctx.tokens[boundary + 1]) ? ctx.quoteByOpen.get(ctx.tokens[boundary + 1]!.start) : undefined;
    const opening = candidate?.closed ? candidate : undefined;
    return makeFrame(ctx, cue, source, false, after!.end, opening ? opening.close + 1 : endOfRegion(ctx, region), 0.8);
  }
  // (the words before are no clause of their own: "At the heart of it, according to X, was ...")
  const clauseBefore = hasClauseVerb(ctx, ctx.tokens[region.first]!.start, before!.start);
  if (isPunct(after, ',') && np?.last === boundary - 1 && boundary < region.last && !clauseBefore && interposed(ctx, boundary + 1, region)) {
    return makeFrame(ctx, cue, source, false, after!.end, endOfRegion(ctx, region), 0.8);
  }
  // ('"...," Sanders said, according to CNN': the source of a report that has its own attribution,
  // which tells the words and their speaker; no second statement of the outlet's)
  const reverse = reverseStart(ctx, region, cue.first - 1);
  const quoted = isQuoteMark(ctx.tokens[firstTokenFrom(ctx, reverse)]);
  for (let k = firstTokenFrom(ctx, reverse); quoted && k < cue.first - 1; k++) if (ctx.quoteOf[k]! < 0 && cueAt(ctx, k)) return null;
  return makeFrame(ctx, cue, source, false, reverse, before!.start, 0.8);
}

/** "according to exit polls": a noun the tagger read as a verb, before the noun it qualifies. */
function verbLedSource(ctx: Context, first: number, max: number): Mention | null {
  if (ctx.tokens[first]?.pos !== 'VERB' || ctx.tokens[first + 1]?.pos !== 'NOUN') return null;
  const rest = rightNounPhrase(ctx, first + 1, max);
  return rest ? mentionOf(ctx, first, rest.last) : null;
}


/** Whether a clause of its own (a verb, three words or more, no colon or comma before the quote) opens the region before a quote. */
function mixedBefore(ctx: Context, region: Region, quote: { open: number }): boolean {
  const open = firstTokenFrom(ctx, quote.open);
  if (open <= region.first || ctx.quoteOf[region.first]! >= 0 || questionPut(ctx, ctx.tokens[region.first]!.start, quote.open)) return false;
  const before = ctx.tokens[open - 1]!;
  if (isPunct(before, ',:;')) return false;
  return wordCount(ctx.text.slice(ctx.tokens[region.first]!.start, quote.open)) >= 3 && hasClauseVerb(ctx, ctx.tokens[region.first]!.start, quote.open);
}

/**
 * Where the words of a reverse frame begin: the quote that ends at the comma, or else the region's
 * start, past an opening bracket and past a leading subordinate clause ("As his lead held, his
 * campaign sought proposals, according to sources").
 */
function reverseStart(ctx: Context, region: Region, comma: number): number {
  const closing = ctx.tokens[comma - 1];
  if (isQuoteMark(closing) || isQuoteMark(ctx.tokens[comma + 1])) {
    const q = ctx.quotes.find((x) => x.close >= ctx.tokens[comma - 1]!.start - 1 && x.close <= ctx.tokens[comma]!.end + 1);
    if (q) return q.open;
  }
  let first = region.first;
  if (isPunct(ctx.tokens[first], '(')) first++;
  if (LEADING_SUBORDINATE.test(ctx.tokens[first]!.text) && ctx.quoteOf[first]! < 0) {
    let split = -1;
    for (let i = first + 1; i < comma && split < 0; i++) if (isPunct(ctx.tokens[i], ',') && ctx.quoteOf[i]! < 0) split = i;
    if (split > 0 && wordCount(ctx.text.slice(ctx.tokens[split]!.end, ctx.tokens[comma]!.start)) >= 3) return ctx.tokens[split]!.end;
  }
  return ctx.tokens[first]!.start;
}

/** The frame of a verb of speech, or null when it reports nothing. */
function verbFrames(ctx: Context, cue: Cue, region: Region, previous: Frame | null): Frame[] {
  const beforeCue = skipLeftModifiers(ctx, cue.first - 1, region.first);
  // (after a quote closed on a comma too: 'said he is a "long way from a decision," noting that ...')
  const commaBefore = isPunct(ctx.tokens[beforeCue], ',') || (isQuoteMark(ctx.tokens[beforeCue]) && ctx.quoteByClose.has(ctx.tokens[beforeCue]!.start) && isPunct(ctx.tokens[beforeCue - 1], ','));
  const participle = ctx.tokens[cue.first]!.text.toLowerCase().endsWith('ing') && (commaBefore || beforeCue < region.first);
  // ("offered the man a job, then says he'll welcome advice": "then" after a comma joins a second verb)
  const conjoined = ['and', 'but'].includes(ctx.tokens[beforeCue]?.lower ?? '') || (ctx.tokens[cue.first - 1]?.lower === 'then' && isPunct(ctx.tokens[cue.first - 2], ','));
  // "X reiterated that ... and pointed out that ...", "X branded ..., emphasizing that ...": the
  // speaker of the frame before in the sentence, or else the subject of the sentence
  // (not a relative clause's speaker: "not paying an architect who said he was stiffed ..., saying,
  // “Maybe he didn’t do a good job”" is the sentence's subject saying it)
  const relative = previous?.cue && /^(who|which|that)$/.test(ctx.tokens[skipAdverbs(ctx, previous.cue.first - 1)]?.lower ?? '');
  // ("The rabbis called for a boycott, and the Anti-Defamation League denounced the rhetoric and
  // said ...": a clause of its own subject after the frame before gives "and said" its subject)
  const own = conjoined && previous !== null ? clauseBetween(ctx, previous, cue) : null;
  const inherit = (participle || conjoined) && previous !== null && !(participle && relative) && own === null;
  // "While accepting that people "have to be prepared" ..., Mr Solana said he had qualms": a
  // participle clause opening the sentence is the main clause's subject's, up to its comma
  if (ctx.tokens[cue.first]!.lower.endsWith('ing') && cue.first - 1 === region.first && OPENING_SUBORDINATORS.has(ctx.tokens[region.first]!.lower)) {
    const opening = openingParticipleFrame(ctx, cue, region);
    return opening ? [opening] : [];
  }
  let speaker = inherit ? null : own ?? (participle || conjoined ? clauseSubject(ctx, region) : subjectBefore(ctx, cue.first, region.first));
  let inverted = false;
  if (!speaker && !inherit && (isPunct(ctx.tokens[beforeCue], ',') || isQuoteMark(ctx.tokens[beforeCue]))) {
    speaker = invertedSubject(ctx, cue, region);
    inverted = speaker !== null;
  }
  if (!speaker && !inherit && cue.first === region.first && !participle) {
    // 'Said Comey, "The thought ..."'
    speaker = invertedSubject(ctx, cue, region);
    if (speaker && isPunct(ctx.tokens[speaker.last + 1], ',:')) {
      const opening = ctx.quoteByOpen.get(ctx.tokens[speaker.last + 2]?.start ?? -1);
      const frame = opening ? makeFrame(ctx, cue, speaker, false, opening.open, opening.closed ? opening.close + 1 : endOfRegion(ctx, region), 0.85) : null;
      return frame ? [frame] : [];
    }
    return [];
  }
  // "Cruz is making a pitch to New York voters saying ...", "Blears defended the move saying ...":
  // the one who says is the clause's subject, not the object before the participle
  // (but after "by" the phrase is the one who acts: "angered by the media declaring Clinton had enough delegates")
  if (speaker && !participle && ctx.tokens[cue.first]!.lower.endsWith('ing') && ['ADP', 'VERB'].includes(ctx.tokens[speaker.first - 1]?.pos ?? '') && ctx.tokens[speaker.first - 1]!.lower !== 'by') speaker = clauseSubject(ctx, region);
  // ("there was a direct correlation between the Senate concluding ...": an expletive speaks for no one)
  if (speaker && /^there$/i.test(speaker.text)) return [];
  // "47% say ...", "nine out of 10 say ...": the share of those polled who answered so
  if (speaker) speaker = shareOfPolled(ctx, speaker) ?? speaker;
  // "those surveyed say", "Those over 60 say"
  if (!inherit && (!speaker || ctx.tokens[speaker.first]!.pos === 'NUM')) speaker = thosePolled(ctx, cue.first) ?? speaker;
  if (speaker && !/^\d+(\.\d+)?\s?%$/.test(speaker.text) && !ctx.tokens.slice(speaker.first, speaker.last + 1).some((t) => /\p{L}/u.test(t.text) && !/^['’]s$/.test(t.text))) return [];
  if (!speaker && !inherit) return [];
  const subjectFirst = inverted ? cue.first : speaker?.first ?? cue.first;
  const lead = skipLeftModifiers(ctx, subjectFirst - 1, region.first);
  // '"Q1," he said, "Q2."': both quotes are his
  const quoted = inherit ? null : quoteEndingAt(ctx, lead, region);
  // "A bitter joke was that porters were called “sleepy car porters,” Foster writes": a quote that
  // ends a clause begun before it is part of one mixed statement
  // ('Asked whether Clinton "has the integrity to serve," 75 percent said yes': the quote is the
  // question's; not 'When asked to confirm it, a source did so: "..."')
  const asked = quoted !== null && questionPut(ctx, ctx.tokens[region.first]!.start, quoted.open) && !/[,:;]/.test(ctx.text.slice(ctx.tokens[region.first]!.start, quoted.open));
  const before = quoted && !asked ? makeFrame(ctx, cue, speaker, false, mixedBefore(ctx, region, quoted) ? ctx.tokens[region.first]!.start : quoted.open, quoted.close + 1, 0.9) : null;
  const after = inverted ? null : forwardFrame(ctx, cue, region, speaker, inherit);
  const comma = !inherit && isPunct(ctx.tokens[lead], ',') ? lead : -1;
  // "The museum, Mr. Obama said, would make ...": the words on both sides of an attribution set
  // between commas are his, each a statement of its own span
  if (after && !before && comma > region.first && isPunct(ctx.tokens[cue.last + 1], ',') && ctx.tokens[cue.last + 2]?.start === after.start) {
    const start = reverseStart(ctx, region, comma);
    const left = leftPiece(ctx, start, comma) && !questionPut(ctx, start, ctx.tokens[comma]!.start) ? makeFrame(ctx, cue, speaker, false, start, ctx.tokens[comma]!.start, 0.75) : null;
    // "The question of whether to suspend every account, she said, is not so cut and dried": a
    // subject before the attribution and its verb after it are one statement around it
    const verbAfter = ['AUX', 'VERB'].includes(ctx.tokens[cue.last + 2]!.pos) && !/ing$/.test(ctx.tokens[cue.last + 2]!.lower);
    const opener = ctx.tokens[firstTokenFrom(ctx, start)]!;
    if (!left && verbAfter && ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(opener.pos) && opener.index < comma && !hasClauseVerb(ctx, start, ctx.tokens[comma]!.start)) return [{ ...after, start: opener.start }];
    return left ? [left, after] : [after];
  }
  if (before || after) return [before, after].filter((f): f is Frame => f !== null);
  if (inherit) return [];
  if (comma <= region.first) return [];
  const start = reverseStart(ctx, region, comma);
  // "Asked who leads the party, he said Ryan": the question put to the speaker is not their words
  if (questionPut(ctx, start, ctx.tokens[comma]!.start)) return [];
  // "As The Hill reported, ..." and "On Wednesday, X urged ...": no reported clause before the comma
  const frame =
    /^as\b/i.test(ctx.text.slice(start, start + 3)) || !hasClauseVerb(ctx, start, ctx.tokens[comma]!.start)
      ? asReported(ctx, cue, speaker, region)
      : makeFrame(ctx, cue, speaker, false, start, ctx.tokens[comma]!.start, 0.85);
  // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the clause goes on after the cue
  const right = frame && frame.method === 'frame' && !isQuoteMark(ctx.tokens[comma - 1]) ? rightPiece(ctx, cue, speaker, region) : null;
  return [frame, right].filter((f): f is Frame => f !== null);
}

const OPENING_SUBORDINATORS = new Set(['while', 'after', 'before', 'despite', 'since', 'when', 'besides', 'whilst']);

/** The words of a participle opening its sentence ("While insisting that ..., X said"), spoken by the main clause's subject. */
function openingParticipleFrame(ctx: Context, cue: Cue, region: Region): Frame | null {
  let comma = cue.last + 1;
  while (comma <= region.last && !(isPunct(ctx.tokens[comma], ',') && ctx.quoteOf[comma] === ctx.quoteOf[cue.first])) comma++;
  if (comma >= region.last) return null;
  const subject = rightNounPhrase(ctx, comma + 1, region.last);
  let next = subject ? subject.last + 1 : -1;
  while (ctx.tokens[next]?.pos === 'ADV') next++;
  const verb = ctx.tokens[next];
  if (!subject || !verb || !['VERB', 'AUX'].includes(verb.pos)) return null;
  const start = forwardStart(ctx, cue, { first: region.first, last: comma - 1 });
  return start >= 0 && start < comma ? makeFrame(ctx, cue, subject, false, ctx.tokens[start]!.start, ctx.tokens[comma]!.start, 0.75) : null;
}

/** "those surveyed", "voters polled", "Those over 60" right before a verb. */
function thosePolled(ctx: Context, cue: number): Mention | null {
  const t = ctx.tokens;
  if (/^(surveyed|polled|questioned|interviewed|asked)$/.test(t[cue - 1]?.lower ?? '') && /^(those|people|voters|respondents|adults|americans)$/i.test(t[cue - 2]?.text ?? '')) return mentionOf(ctx, cue - 2, cue - 1);
  if (t[cue - 1]?.pos === 'NUM' && /^(over|under)$/.test(t[cue - 2]?.lower ?? '') && /^those$/i.test(t[cue - 3]?.text ?? '')) return mentionOf(ctx, cue - 3, cue - 1);
  return null;
}

/** "nine out of 10" for the "10" before a verb: the whole share. */
function shareOfPolled(ctx: Context, speaker: Mention): Mention | null {
  const t = ctx.tokens;
  if (speaker.first !== speaker.last || t[speaker.first]!.pos !== 'NUM' || t[speaker.first - 1]?.lower !== 'of' || t[speaker.first - 2]?.lower !== 'out' || t[speaker.first - 3]?.pos !== 'NUM') return null;
  return mentionOf(ctx, speaker.first - 3, speaker.last);
}

/** Whether the words before an interposed attribution say something: not only a time or an adverbial ("On Wednesday, he said, ..."). */
function leftPiece(ctx: Context, start: number, comma: number): boolean {
  const first = firstTokenFrom(ctx, start);
  if (first >= comma || /^as\b/i.test(ctx.text.slice(start, start + 3))) return false;
  return !onlyTimeWords(ctx, first, comma) && !adverbial(ctx, first, comma) && !isQuoteMark(ctx.tokens[comma - 1]);
}

/**
 * The clause that goes on after ", X said," to the end of the sentence, when it has a verb of its own;
 * or after ", X writes;", which introduces more of the same words ("They had two broad aims, Foster
 * writes; to challenge how ...").
 */
function rightPiece(ctx: Context, cue: Cue, speaker: Mention | null, region: Region): Frame | null {
  const first = cue.last + 2;
  const t = ctx.tokens[first];
  if (isPunct(ctx.tokens[cue.last + 1], ';') && t && first <= region.last && !isQuoteMark(t)) {
    const end = endOfRegion(ctx, region);
    return wordCount(ctx.text.slice(t.start, end)) >= 3 ? makeFrame(ctx, cue, speaker, false, t.start, end, 0.75) : null;
  }
  if (!isPunct(ctx.tokens[cue.last + 1], ',')) return null;
  // not a participle ("compared with"), a narrator's aside ("though he did not name anyone", "and
  // talks could stall") or the rest of a relative clause ("which, Tompkins said, is usually full")
  if (!t || first > region.last || isQuoteMark(t) || TIME_WORDS.test(t.text) || t.pos === 'VERB' || (/ed$/.test(t.lower) && ctx.tokens[first + 1]?.pos === 'ADP') || /^(according|and|though|although|which|who)$/.test(t.lower) || (t.pos === 'AUX' && /ing$/.test(t.lower))) return null;
  const subject = speaker ? speaker.first : cue.first;
  if (/^(which|who|whom|that)$/.test(ctx.tokens[subject - 2]?.lower ?? '')) return null;
  if (ctx.tokens.slice(first, region.last + 1).some((x) => isQuoteMark(x))) return null;
  const end = endOfRegion(ctx, region);
  if (wordCount(ctx.text.slice(t.start, end)) < 3) return null;
  // ("The argument would be aided, Devine said, by the upcoming primary calendar", "it is his job, he
  // said, to talk to Congress": the rest of the clause begun before the attribution, verb or none)
  // (not how or when the words came: "on condition of anonymity", "before being shot")
  const rest = ((t.pos === 'ADP' || t.pos === 'SCONJ') && !/^(of|on|before|after|with|in|at)$/.test(t.lower)) || (t.lower === 'to' && ctx.tokens[first + 1]?.pos === 'VERB');
  if (!rest && !hasClauseVerb(ctx, t.start, end)) return null;
  return makeFrame(ctx, cue, speaker, false, t.start, end, 0.75, rest);
}

/** Whether the clause goes on in the sentence after a quote that closes at `close` (a word, not punctuation or the quote's own attribution). */
function wordsAfterQuote(ctx: Context, close: number, region: Region): boolean {
  const next = firstTokenFrom(ctx, close + 1);
  const t = ctx.tokens[next];
  if (!t || next > region.last || t.sentence !== ctx.tokens[region.first]!.sentence) return false;
  if (t.pos === 'PUNCT' || isQuoteMark(t) || /^(and|or|but)$/.test(t.lower)) return false;
  // ('"... will not resolve the problems," alluding to ...': a quote closed on its own punctuation ends)
  if (/[,.!?;:…]\s*$/.test(ctx.text.slice(Math.max(0, close - 2), close))) return false;
  return cueAt(ctx, next) === null && cueAt(ctx, next + 1) === null;
}

/** '"won't be bullied" or "distracted by the slings he throws"': quotes joined by and/or are one report. */
function joinedQuotesEnd(ctx: Context, quote: { close: number }): number {
  const rest = ctx.text.slice(quote.close + 1, quote.close + 14);
  const joined = /^,?\s*(and|or)\s+(that\s+)?/.exec(rest);
  const next = joined ? ctx.quoteByOpen.get(quote.close + 1 + joined[0].length) : undefined;
  return next?.closed ? joinedQuotesEnd(ctx, next) : quote.close + 1;
}

/** The reported words after the cue: "said (that) ...", 'told the Post, "..."'. */
function forwardFrame(ctx: Context, cue: Cue, region: Region, speaker: Mention | null, inherit: boolean): Frame | null {
  const forward = forwardStart(ctx, cue, region);
  if (forward < 0) return null;
  if (forward > region.last) {
    // 'He said:' closing a paragraph, the quote opening the next one
    const opening = isPunct(ctx.tokens[region.last], ':') && isQuoteMark(ctx.tokens[forward]) ? ctx.quoteByOpen.get(ctx.tokens[forward]!.start) : undefined;
    return opening?.closed ? makeFrame(ctx, cue, speaker, inherit, opening.open, joinedQuotesEnd(ctx, opening), 0.85) : null;
  }
  // 'told the Post, "I like Paul. ..."': the quote goes on past the sentence the cue is in
  const opening = isQuoteMark(ctx.tokens[forward]) ? ctx.quoteByOpen.get(ctx.tokens[forward]!.start) : undefined;
  // (but 'said "we need more information" about how the FBI came to ...': the clause goes on after
  // the quote, words of the same report)
  const goesOn = opening?.closed && wordsAfterQuote(ctx, opening.close, region);
  const answer = answerEnd(ctx, cue, forward, region);
  const end = answer >= 0 ? ctx.tokens[answer]!.end : opening && opening.closed && !goesOn ? joinedQuotesEnd(ctx, opening) : endOfRegion(ctx, region);
  return makeFrame(ctx, cue, speaker, inherit, ctx.tokens[forward]!.start, end, 0.85, false, answer >= 0);
}



/** "As The Hill reported, Donald Trump was also accused ...": the clause after the comma is reported. */
function asReported(ctx: Context, cue: Cue, speaker: Mention | null, region: Region): Frame | null {
  const first = ctx.tokens[region.first]!;
  if (first.lower !== 'as') return null;
  let after = -1;
  for (let i = cue.last + 1; i <= region.last && after < 0; i++) if (isPunct(ctx.tokens[i], ',')) after = i;
  if (after < 0) return null;
  return makeFrame(ctx, cue, speaker, false, ctx.tokens[after]!.end, endOfRegion(ctx, region), 0.75);
}

/**
 * The quote that closes at token i (a closing mark, or a comma right after one): '"...," he said'.
 * Words of the reporter before it ('Clinton would have to "go more to center," Cuban said') stay out:
 * the quote is what the speaker is known to have said.
 */
function quoteEndingAt(ctx: Context, i: number, region: Region) {
  const t = ctx.tokens[i];
  if (!t) return null;
  const at = isPunct(t, ',') && isQuoteMark(ctx.tokens[i - 1]) ? ctx.tokens[i - 1]! : t;
  if (!isQuoteMark(at)) return null;
  const quote = ctx.quoteByClose.get(at.start);
  if (!quote?.closed) return null;
  // a quote that closed the sentence before ('"... experience." He adds, ...') is not this cue's
  const ownSentence = i >= region.first || /[,?!—–-]\s*$/.test(ctx.text.slice(quote.start, quote.close));
  // '... wondering why Moscow acts although "nobody threatens it," the minister urged ...': a quote
  // inside the reporter's subordinate clause is someone else's words
  const before = ctx.tokens[firstTokenFrom(ctx, quote.open) - 1];
  const subordinate = before !== undefined && /^(although|though|because|since|while|whereas|if|unless|when|that|why|how)$/i.test(before.text);
  return ownSentence && !subordinate ? quote : null;
}

/** "..., said Smith." / "..., said the spokesman, adding ...": a subject after its verb, closing the clause. */
function invertedSubject(ctx: Context, cue: Cue, region: Region): Mention | null {
  const np = rightNounPhrase(ctx, cue.last + 1, region.last);
  if (!np) return null;
  const after = ctx.tokens[np.last + 1];
  // '"...," says Campbell’s partner, Jason Louth.': the name in apposition to the description
  if (isPunct(after, ',') && /^\p{Ll}/u.test(ctx.tokens[np.last]!.text)) {
    const name = rightNounPhrase(ctx, np.last + 2, region.last);
    const end = name ? ctx.tokens[name.last + 1] : undefined;
    if (name && ctx.tokens.slice(name.first, name.last + 1).every((t) => isCapitalised(t)) && (name.last >= region.last || isPunct(end, '.,;'))) return name;
  }
  // '"...," said House Speaker Paul Ryan in a statement.'
  // ('"...," said Cruz constituent Dan Golvach when asked about ...')
  const adjunct = (after?.pos === 'ADP' && after.lower !== 'of' && after.lower !== 'that') || /^(who|when|while|after|before)$/.test(after?.lower ?? '');
  return !after || np.last >= region.last || isPunct(after, ',.;:!?(') || isQuoteMark(after) || adjunct ? np : null;
}

/** The named subject of a finite verb between the frame before and a cue "and said" joins, if any. */
function clauseBetween(ctx: Context, previous: Frame, cue: Cue): Mention | null {
  const from = firstTokenFrom(ctx, previous.end);
  if (!previous.cue || previous.kind === 'direct' || ctx.tokens[from]?.sentence !== ctx.tokens[cue.first]!.sentence) return null;
  for (let k = cue.first - 2; k > from; k--) {
    const t = ctx.tokens[k]!;
    if (ctx.quoteOf[k]! >= 0) continue;
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && /(ed|s)$/.test(t.lower) && ctx.tokens[k - 1]?.lower !== 'to');
    if (!finite) continue;
    const subject = subjectBefore(ctx, k, from);
    return subject && subject.first > from && ['NOUN', 'PROPN'].includes(ctx.tokens[subject.last]!.pos) && joinedAfter(ctx, from, subject.first) ? subject : null;
  }
  return null;
}

/** Whether the words from `from` to a subject at `first` are a joining ", and", ", but" and the subject's determiners and descriptions. */
function joinedAfter(ctx: Context, from: number, first: number): boolean {
  const between = tokenRange(ctx, from, first - 1);
  return between.length <= 8 && between.some((t) => /^(and|but)$/.test(t.lower)) && !between.some((t) => isQuoteMark(t) || ['VERB', 'AUX', 'PRON'].includes(t.pos));
}

/** The subject of the sentence's first verb: who "became a delegate and said ...". */
function clauseSubject(ctx: Context, region: Region): Mention | null {
  for (let i = region.first; i <= region.last; i++) {
    const t = ctx.tokens[i]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && i > region.first) return subjectBefore(ctx, i, region.first);
    if (isQuoteMark(t)) return null;
  }
  return null;
}

/** Cuts a frame's words where the next frame of the same region takes over. */
function cutAtNext(ctx: Context, frame: Frame, next: Frame): void {
  const boundary = Math.min(next.speaker && !next.inherit ? next.speaker.start : Infinity, next.cue ? ctx.tokens[next.cue.first]!.start : Infinity);
  if (!(boundary > frame.start && boundary < frame.end && next.start >= boundary)) return;
  const before = ctx.text.slice(frame.start, boundary).replace(/["\u201D\u2019\u00BB\s]+$/, '');
  // "reiterated how EU leaders stated ...": the next frame is the complement itself, not a new clause
  // ("... for top earners but on Wednesday said ...", "... would work and later added ...": a
  // time between the conjunction and the cue)
  let joined = before;
  for (let m = /\s+(\S+)$/.exec(joined); m && (TIME_WORDS.test(m[1]!) || /^(on|in|at|during|the)$/i.test(m[1]!)); m = /\s+(\S+)$/.exec(joined)) joined = joined.slice(0, m.index);
  const nested = wordCount(before) < 2 || !/([,;:—–-]|\b(and|but|though|although|while|as|because|so|yet))$/i.test(joined);
  // "she said her decision was a mistake, at the town hall this week she said ...": cut at the comma
  const lastComma = before.lastIndexOf(', ');
  const cut = !nested ? frame.start + joined.length : lastComma > 0 && wordCount(before.slice(0, lastComma)) >= 2 && ctx.quoteOf[tokenAt(ctx, frame.start + lastComma)]! < 0 ? frame.start + lastComma : -1;
  if (cut < 0) return;
  const [s, e] = trimSpan(ctx, frame.start, cut);
  frame.start = s;
  frame.end = e;
  if (frame.kind === 'mixed' && !ctx.quotes.some((q) => q.open < e && q.close > s)) frame.kind = 'indirect';
}

/** The index of the token at or after a character offset. */
function tokenAt(ctx: Context, offset: number): number {
  return Math.min(Math.max(0, firstTokenFrom(ctx, offset + 1) - 1), ctx.tokens.length - 1);
}

/**
 * A cue inside someone's quoted words is kept only when it reports a named third party ("Borrell
 * reiterated his position that ..."); "what he said at that time" inside a quote is the speaker's
 * own talk, not a statement of its own.
 */
function isQuotedAside(frame: Frame, ctx: Context): boolean {
  if (!frame.cue || ctx.quoteOf[frame.cue.first]! < 0) return false;
  const speaker = frame.speaker;
  return !speaker || !ctx.tokens.slice(speaker.first, speaker.last + 1).some((t) => t.pos === 'PROPN' && !/^I\b/.test(t.text));
}

/** A link to another story ("READ MORE: ...", "WATCH: ...") opens the paragraph. */
const LINK_LABEL = /^\s*(?:(?:read more|related|see also|also read)\s*:|(?:WATCH|LISTEN|MORE)\s*:)/i;
/** A photo credit ends the paragraph: "(Adrian Wyld/Canadian Press)", "(Getty Images)". */
const PHOTO_CREDIT = /\(\s*(?:[^()\n]{1,60}\/[^()\n]{1,60}|[^()\n]{0,60}\b(?:Getty Images|Canadian Press|Reuters|AP Photo|AFP|Associated Press|Shutterstock|Dreamstime|File Photo)\b[^()\n]{0,40})\s*\)\s*$/;

/** Paragraphs that are no part of the story: links to other stories and photo captions. */
function asides(ctx: Context): Array<{ start: number; end: number }> {
  return ctx.paragraphs.filter((p) => {
    const text = ctx.text.slice(p.start, p.end);
    return LINK_LABEL.test(text) || PHOTO_CREDIT.test(text);
  });
}

/** Every frame of the text, by cue, in text order. */
export function findFrames(ctx: Context): Frame[] {
  const frames: Frame[] = [];
  const skipped = asides(ctx);
  for (const sentence of ctx.sentences) {
    const at = ctx.tokens[sentence.first]?.start ?? -1;
    if (skipped.some((p) => at >= p.start && at < p.end)) continue;
    const inSentence: Frame[] = [];
    for (let i = sentence.first; i < sentence.last; i++) {
      const cue = cueAt(ctx, i);
      if (!cue) continue;
      const region = regionOf(ctx, cue);
      const found = cue.lemma === 'according to' ? [accordingTo(ctx, cue, region)] : verbFrames(ctx, cue, region, inSentence.at(-1) ?? null);
      for (const frame of found) {
        if (!frame || isQuotedAside(frame, ctx)) continue;
        const previous = inSentence.at(-1);
        if (previous && previous.cue !== frame.cue) cutAtNext(ctx, previous, frame);
        inSentence.push(frame);
      }
      i = cue.last;
    }
    frames.push(...inSentence);
  }
  return frames;
}

/**
 * Quotes that open a sentence and have no cue of their own continue the speaker of the statement
 * just before them, in the same or the previous paragraph.
 */
export function continuationFrames(ctx: Context, frames: Frame[]): Frame[] {
  const extra: Frame[] = [];
  // the statement that ends last before each quote, found with one pointer over frames by end (a
  // report inside another's quote, "the FBI concluded that ...", hands nothing on)
  const byEnd = frames.filter((f) => !frames.some((o) => o !== f && o.start <= f.start && o.end >= f.end)).sort((a, b) => a.end - b.end);
  let next = 0;
  let latest: Frame | undefined;
  for (const q of ctx.quotes) {
    while (next < byEnd.length && byEnd[next]!.end <= q.open) latest = byEnd[next++];
    if (frames.some((f) => f.start < q.end && f.end > q.start)) continue;
    const first = firstTokenFrom(ctx, q.open);
    if (first >= ctx.tokens.length) continue;
    const sentence = ctx.sentences[ctx.tokens[first]!.sentence]!;
    // (or follows a sentence's end the tagger did not split at: '... if the embargo is lifted... "It gives')
    const opensSentence = ctx.tokens[sentence.first]!.start >= q.open - 1 || /[.?!…]["”]?\s+$/.test(ctx.text.slice(Math.max(0, q.open - 6), q.open));
    if (!opensSentence || wordCount(ctx.text.slice(q.start, q.end)) < 3) continue;
    const added = extra.at(-1);
    const before = added && added.end <= q.open && (!latest || added.end >= latest.end) ? added : latest;
    if (!before || sentence.paragraph - ctx.sentences[before.sentence]!.paragraph > 1) continue;
    extra.push({ cue: null, speaker: null, inherit: true, start: q.start, end: q.end, kind: 'direct', method: 'continuation', sentence: sentence.index, confidence: 0.7 });
  }
  return [...extra, ...andContinuations(ctx, [...frames, ...extra])];
}

/**
 * '... were refused under the code than under the embargo, he said. And only two of the licences
 * would have been granted.': a sentence opening with "And" and no cue of its own, right after a
 * sentence a report fills to its end, goes on with that report.
 */
function andContinuations(ctx: Context, frames: Frame[]): Frame[] {
  const extra: Frame[] = [];
  for (const sentence of ctx.sentences.slice(1)) {
    const opener = ctx.tokens[sentence.first]!;
    if (opener.text !== 'And' || ctx.quoteOf[sentence.first]! >= 0) continue;
    if (frames.some((f) => f.sentence === sentence.index || (f.start < sentence.end && f.end > sentence.start))) continue;
    const previous = ctx.sentences[sentence.index - 1]!;
    if (previous.paragraph !== sentence.paragraph) continue;
    const report = frames.find((f) => f.sentence === previous.index && f.cue !== null && f.kind !== 'direct' && !f.inherit);
    // (the report runs to the sentence's end, or to its attribution: "..., he said.")
    const tail = report ? ctx.text.slice(report.end, previous.end) : '';
    if (!report || !(/^[\s"”'’,.;:!?]*$/.test(tail) || (ctx.tokens[report.cue!.first]!.start >= report.end && wordCount(tail) <= 6))) continue;
    const start = ctx.tokens[sentence.first + 1]!.start;
    const [s, e] = trimSpan(ctx, start, ctx.tokens[sentence.last - 1]!.end);
    // (in the tense of reported speech, "would", "could", "were taking": not the writer's own "And 64 percent call him ...")
    const backshifted = tokenRange(ctx, sentence.first + 1, sentence.last - 1).some((t) => /^(would|could|should|might|must|had|were)$/.test(t.lower));
    if (wordCount(ctx.text.slice(s, e)) < 4 || !hasClauseVerb(ctx, s, e) || !backshifted) continue;
    extra.push({ cue: null, speaker: null, inherit: true, start: s, end: e, kind: /["“”]/.test(ctx.text.slice(s, e)) ? 'mixed' : 'indirect', method: 'continuation', sentence: sentence.index, confidence: 0.6 });
  }
  return extra;
}
