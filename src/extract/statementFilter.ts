import { firstTokenFrom, isQuoteMark, type Context } from './context.js';
import type { Frame } from './frames.js';
import type { Resolved } from './resolve.js';
import { FILTER_BIAS, FILTER_THRESHOLD, FILTER_WEIGHTS } from './statementFilter.weights.js';

/**
 * The last step of extraction: a logistic model, trained here (`npm run train:extractor`), that
 * scores each statement the rules found by what surrounds it (cue, tense, speaker, length, where it
 * stands) and drops those unlikely to be a statement at all ("the ad also mentions", "a box
 * labeled"). The rules stay where they are precise; the model only says no.
 */

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s']);

function lengthBucket(words: number): string {
  if (words <= 3) return '1-3';
  if (words <= 6) return '4-6';
  if (words <= 10) return '7-10';
  if (words <= 20) return '11-20';
  if (words <= 40) return '21-40';
  return '41+';
}

function word(ctx: Context, i: number): string {
  const t = ctx.tokens[i];
  if (!t) return 'NONE';
  return /^[a-z]+$/.test(t.lower) ? t.lower : t.pos;
}

/** The features of one statement found by the rules, as names; the model weighs each present name. */
export function statementFeatures(ctx: Context, frame: Frame, who: Resolved, nested: boolean): string[] {
  const quote = ctx.text.slice(frame.start, frame.end);
  const words = quote.split(/\s+/).filter(Boolean);
  const cue = frame.cue;
  const cueText = cue ? cue.text.toLowerCase() : 'NONE';
  const at = firstTokenFrom(ctx, frame.start);
  const f: string[] = [
    `kind=${frame.kind}`,
    `cue=${cueText}`,
    `cue+kind=${cueText}|${frame.kind}`,
    `method=${frame.method}`,
    `resolvedBy=${who.method}`,
    `type=${who.type}`,
    `type+kind=${who.type}|${frame.kind}`,
    `len=${lengthBucket(words.length)}`,
    `len+kind=${lengthBucket(words.length)}|${frame.kind}`,
    `first=${(words[0] ?? '').toLowerCase().replace(/[^a-z]/g, '') || 'PUNCT'}`,
    `upper=${/^\W*[A-Z]/.test(quote)}`,
    `question=${/\?\W*$/.test(quote)}`,
    `conf=${Math.round(frame.confidence * 10)}`,
  ];
  if (frame.inherit) f.push('inherit');
  if (nested) f.push('nested');
  if (frame.kind !== 'direct' && /["\u201C\u201D]/.test(quote)) f.push('quoteMarksInside');
  if (cue) {
    const before = word(ctx, cue.first - 1);
    const after = word(ctx, cue.last + 1);
    f.push(`cue-1=${before}`, `cue+1=${after}`, `cue+cue-1=${cueText}|${before}`, `cue-2=${word(ctx, cue.first - 2)}`, `cue+cue+1=${cueText}|${after}`);
    if (BE.has(before) && /ing$/.test(cueText.split(' ')[0]!)) f.push('progressive');
    else if (/ing$/.test(cueText.split(' ')[0]!)) f.push('participle');
    if (/^(has|have|had)$/.test(before)) f.push('perfect');
    if (/^(will|would|could|should|may|might|must|can|to)$/.test(before)) f.push('modal');
    f.push(ctx.tokens[cue.first]!.start < frame.start ? 'cueBefore' : 'cueAfter');
    const sentence = ctx.sentences[ctx.tokens[cue.first]!.sentence];
    if (sentence && sentence.paragraph === 0) f.push('firstParagraph');
  } else {
    const sentence = ctx.sentences[ctx.tokens[at]?.sentence ?? -1];
    if (sentence && sentence.paragraph === 0) f.push('firstParagraph');
    if (!isQuoteMark(ctx.tokens[at - 1]) && !isQuoteMark(ctx.tokens[at])) f.push('noMarkAtStart');
  }
  const opening = ctx.sentences[ctx.tokens[at]?.sentence ?? -1];
  if (opening) {
    const paragraph = ctx.paragraphs[opening.paragraph];
    if (paragraph && ctx.text.slice(paragraph.start, frame.start).trim().replace(/^["\u201C]/, '') === '') f.push('opensParagraph');
    const closes = ctx.sentences[ctx.tokens[firstTokenFrom(ctx, Math.max(frame.start, frame.end - 1))]?.sentence ?? -1];
    if (closes && closes.index > opening.index) f.push('manySentences');
  }
  const mention = who.mention;
  if (mention) {
    const head = mention.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    if (PRONOUNS.has(head)) f.push(`pronoun=${head}`);
    else if (who.type !== 'Person') f.push(`head=${head.replace(/[^a-z]/g, '')}`);
    if (cue) {
      const gap = Math.abs(mention.first - cue.first);
      f.push(`speakerGap=${gap <= 1 ? 'adjacent' : gap <= 4 ? 'near' : 'far'}`);
    }
  } else f.push('noMention');
  return f;
}

/** The model's probability that these features describe a statement. */
export function statementScore(features: string[], weights: Readonly<Record<string, number>> = FILTER_WEIGHTS, bias = FILTER_BIAS): number {
  let z = bias;
  for (const name of features) z += weights[name] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the model keeps a statement with these features. */
export function keepsStatement(features: string[]): boolean {
  return statementScore(features) >= FILTER_THRESHOLD;
}

/**
 * Whether extraction keeps a statement the rules found whatever the model says: a verb of speech
 * with its "that" clause ("Ruiz pointed out that the bridge would reopen"), the rules' most precise
 * find, which the model may not drop. (PolNeAR leaves some cues unannotated, "pointed out" among
 * them, and the model learned that; Canadian and British news annotate them.)
 */
export function keptByRule(ctx: Context, frame: Frame): boolean {
  if (frame.kind !== 'indirect' || !frame.cue || (frame.speaker === null && !frame.inherit)) return false;
  const before = ctx.tokens[firstTokenFrom(ctx, frame.start) - 1];
  return before?.lower === 'that' && before.index > frame.cue.last && before.index - frame.cue.last <= 3;
}
