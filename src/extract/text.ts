import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word or mark of the text, with its exact offsets and what the tagger says of it. */
export interface Token {
  index: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  first: number;
  last: number;
  paragraph: number;
}

export interface AnalysedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** [start, end) of each paragraph (text between blank-line or newline breaks). */
  paragraphs: Array<{ start: number; end: number }>;
}

/** wink's tagger and the lexicon it learns words into. */
interface Tagger {
  nlp: WinkMethods;
  lexemes: { hash: Record<string, number>; list: string[]; intrinsicSize: number };
}

let current: Tagger | null = null;

/** Words learnt (and forgotten, see read) before the tagger is built again to free them. */
const RELEARN_AFTER = 500_000;

/** The tagger, built on first use (loading its model takes a few hundred milliseconds) and again when its lexicon has grown large. */
function tagger(): Tagger {
  if (current && current.lexemes.list.length < current.lexemes.intrinsicSize + RELEARN_AFTER) return current;
  type Core = { features: { lexeme: Tagger['lexemes'] } };
  let core: Core | null = null;
  // the model's core (its lexicon among it) is made anew for each tagger: kept here to reach the lexicon
  const nlp = winkNLP({ ...model, core: () => (core = (model as unknown as { core(): Core }).core()) });
  current = { nlp, lexemes: core!.features.lexeme };
  return current;
}

/**
 * Reads a text with the tagger as a new tagger would. wink adds every word it has not met to its
 * lexicon, and from then on takes that word, met again, as one token without splitting it: after
 * "different from Trump’s." (a word before a full stop is added whole), "Trump’s Son" was one
 * token, not "Trump" and "’s". So what the extractor found in an article depended on the articles
 * read before it in the same process (a worker's, in the pool). The words a text added are
 * forgotten once it is read (their entries stay, unreachable, until the tagger is built again).
 */
function read<T>(text: string, use: (doc: ReturnType<WinkMethods['readDoc']>, its: WinkMethods['its']) => T): T {
  const { nlp, lexemes } = tagger();
  const learnt = lexemes.list.length;
  try {
    return use(nlp.readDoc(text), nlp.its);
  } finally {
    for (let i = learnt; i < lexemes.list.length; i++) {
      const word = lexemes.list[i]!;
      if (lexemes.hash[word] === i) delete lexemes.hash[word];
    }
  }
}

function paragraphsOf(text: string): AnalysedText['paragraphs'] {
  const paragraphs: AnalysedText['paragraphs'] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  return paragraphs;
}

/**
 * Finds each token of the tagger in the original text, so that every offset is exact even where
 * the tagger normalises (it keeps the token's own text, but not always the spacing).
 */
function locate(text: string, values: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    const start = at >= 0 && at - cursor < 200 ? at : cursor;
    const end = at >= 0 && at - cursor < 200 ? at + value.length : cursor;
    spans.push([start, end]);
    cursor = end;
  }
  return spans;
}

const ABBREVIATION = /^(mr|mrs|ms|dr|rev|prof|sen|rep|gov|gen|lt|col|sgt|st|jr|sr|no|inc|corp|co|ltd|vs|mt|ft|ave|blvd|ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|va|vt|wash|wis|wyo|jan|feb|aug|sept|oct|nov|dec|[a-z])\.?$/i;

/**
 * Joins sentences that the tagger split after an abbreviation ("Roger Wicker (R-Miss.) said") or
 * before a word that cannot start a sentence (lower case, a closing bracket, a comma).
 */
function mergeFalseBreaks(spans: Array<[number, number]>, values: string[]): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    const first = values[span[0]] ?? '';
    const lastOfPrevious = previous ? values[previous[1]] ?? '' : '';
    const beforeLast = previous ? values[previous[1] - 1] ?? '' : '';
    const word = lastOfPrevious === '.' ? beforeLast : /\.$/.test(lastOfPrevious) ? lastOfPrevious : '';
    // ("No. 10 Downing Street" abbreviates a number; 'the candidate said no.' ends a sentence)
    const abbreviation = ABBREVIATION.test(word) && (!/^no\.?$/i.test(word) || /^\d/.test(first));
    if (previous && (/^[a-z)\],;]/.test(first) || abbreviation)) previous[1] = span[1];
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * 'the candidate said no. But he said ...': the tagger reads "no." as the abbreviation of "No. 10"
 * and goes on with the sentence. Unless a number follows, the word and its full stop are two tokens,
 * and a capitalised word after them opens a sentence. Changes the arrays in place.
 */
function splitFinalNo(values: string[], pos: string[], lemma: string[], spans: Array<[number, number]>, sentences: Array<[number, number]>): void {
  for (let i = values.length - 2; i >= 0; i--) {
    if (!/^no\.$/i.test(values[i]!) || /^\d/.test(values[i + 1]!)) continue;
    const [start, end] = spans[i]!;
    values.splice(i, 1, values[i]!.slice(0, -1), '.');
    pos.splice(i + 1, 0, 'PUNCT');
    lemma.splice(i, 1, values[i]!.toLowerCase(), '.');
    spans.splice(i, 1, [start, end - 1], [end - 1, end]);
    const breaks = /^\p{Lu}/u.test(values[i + 2]!);
    for (let k = sentences.length - 1; k >= 0; k--) {
      const [first, last] = sentences[k]!;
      if (first > i) sentences[k] = [first + 1, last + 1];
      else if (last === i || !breaks) sentences[k] = [first, last + 1];
      else if (last > i) sentences.splice(k, 1, [first, i + 1], [i + 2, last + 1]);
    }
  }
}

/**
 * "Brian Hemming", "Mr. Hemming": a capitalised word in -ing right after a name is a surname, which
 * the tagger reads as a verb's gerund.
 */
function surnameInIng(values: string[], pos: string[], i: number): boolean {
  const value = values[i]!;
  return pos[i] === 'VERB' && /^[A-Z][a-z]+ing$/.test(value) && pos[i - 1] === 'PROPN' && /^[A-Z]/.test(values[i - 1] ?? '');
}

/** Splits a paragraph-aware text into sentences and tagged tokens with exact offsets. */
export function analyse(text: string): AnalysedText {
  const paragraphs = paragraphsOf(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => read(text.slice(paragraph.start, paragraph.end), (doc, its) => {
    const values = doc.tokens().out() as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // wink's types do not admit its.lemma in out(), which its runtime supports
    const lemma = (doc.tokens() as unknown as { out(f: unknown): string[] }).out(its.lemma);
    const spans = locate(text.slice(paragraph.start, paragraph.end), values);
    const sentenceSpans: Array<[number, number]> = [];
    doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
      sentenceSpans.push(sentence.out(its.span) as unknown as [number, number]);
    });
    splitFinalNo(values, pos, lemma, spans, sentenceSpans);
    const base = tokens.length;
    values.forEach((value, i) => {
      const [s, e] = spans[i]!;
      // "in ‘08", "the ’90s": an apostrophe eliding a year's century is no quotation mark (tagged X)
      const elision = /^[‘’']$/.test(value) && /^\d/.test(text.charAt(paragraph.start + e));
      tokens.push({ index: base + i, text: value, lower: value.toLowerCase(), start: paragraph.start + s, end: paragraph.start + e, pos: elision ? 'X' : surnameInIng(values, pos, i) ? 'PROPN' : pos[i]!, lemma: String(lemma[i] ?? value).toLowerCase(), sentence: -1 });
    });
    for (const [first, last] of mergeFalseBreaks(sentenceSpans, values)) {
      const index = sentences.length;
      sentences.push({ index, first: base + first, last: base + last + 1, start: tokens[base + first]!.start, end: tokens[base + last]!.end, paragraph: p });
      for (let t = base + first; t <= base + last; t++) tokens[t]!.sentence = index;
    }
  }));
  return { text, tokens: tokens.filter((t) => t.pos !== 'SPACE' && t.end > t.start), sentences, paragraphs };
}

const plurals = new Map<string, boolean>();

/**
 * Whether a word is a plural common noun ("Officials", "Critics"), which the tagger reads as a
 * name when it opens a sentence: asked of the word in lower case after "the".
 */
export function isPluralCommonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  let known = plurals.get(lower);
  if (known === undefined) {
    known = read(`the ${lower} said`, (doc, its) => {
      const pos = doc.tokens().out(its.pos) as string[];
      const lemma = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      return pos[1] === 'NOUN' && typeof lemma[1] === 'string' && lemma[1] !== lower && lower.endsWith('s');
    });
    plurals.set(lower, known);
  }
  return known;
}
