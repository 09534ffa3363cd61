import { buildContext, type Context } from './context.js';
import { continuationFrames, findFrames, type Frame } from './frames.js';
import { findMentions } from './mentions.js';
import { scanNames, type NameMention } from './names.js';
import { findQuotes } from './quotes.js';
import { SpeakerResolver, type Resolved } from './resolve.js';
import { analyse } from './text.js';
import type { ArticleSource, EntityRef, Extraction, ExtractedStatement } from './types.js';

export const EXTRACTOR = 'saidgraph-extract/0.1';

/**
 * Some outlets write quotation marks as two apostrophes or backticks (''...'' and ``...''). They are
 * read as one straight double mark and a space, so every offset still indexes the original text.
 */
export function normaliseQuoteMarks(text: string): string {
  return text.replace(/''|``/g, ' "');
}

/** Where a frame is resolved: at its cue, or for a nested frame just after the frame that holds it. */
function anchor(frame: Frame, ctx: Context): number {
  return frame.cue ? ctx.tokens[frame.cue.first]!.start : frame.start;
}

function container(frames: Frame[], frame: Frame, ctx: Context): Frame | null {
  const at = anchor(frame, ctx);
  const holders = frames.filter((f) => f !== frame && f.start <= at && f.end >= at && f.end - f.start > frame.end - frame.start);
  return holders.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
}

/** Frames of the same words found twice (a quote reached from two cues): the first one stays. */
function dedupe(frames: Frame[]): Frame[] {
  const kept: Frame[] = [];
  for (const f of frames) {
    if (!kept.some((k) => k.start === f.start && k.end === f.end)) kept.push(f);
  }
  return kept;
}

/** Nested frames after the frames that hold them, otherwise by cue. */
function orderForResolution(frames: Frame[], ctx: Context): Frame[] {
  const depth = (f: Frame): number => {
    const outer = container(frames, f, ctx);
    return outer ? depth(outer) + 1 : 0;
  };
  return [...frames].sort((a, b) => {
    const outerA = container(frames, a, ctx);
    const outerB = container(frames, b, ctx);
    const keyA = outerA ? anchor(outerA, ctx) : anchor(a, ctx);
    const keyB = outerB ? anchor(outerB, ctx) : anchor(b, ctx);
    return keyA - keyB || depth(a) - depth(b) || anchor(a, ctx) - anchor(b, ctx);
  });
}

function resolveAll(frames: Frame[], ctx: Context, resolver: SpeakerResolver): Map<Frame, Resolved> {
  const resolved = new Map<Frame, Resolved>();
  let previous: Resolved | null = null;
  for (const frame of orderForResolution(frames, ctx)) {
    const outer = container(frames, frame, ctx);
    const inside = outer ? resolved.get(outer) ?? null : null;
    let who: Resolved | null = null;
    if (frame.speaker && !frame.inherit) who = resolver.resolve(frame.speaker, inside);
    else if (frame.method === 'continuation') who = lastBefore(frames, resolved, frame) ?? previous;
    else who = previous;
    if (!who) continue;
    if (frame.inherit) {
      who = { ...who, method: frame.method === 'continuation' ? 'continuation' : who.method };
      resolver.remember(who, frame.start);
    }
    resolved.set(frame, who);
    previous = who;
  }
  return resolved;
}

function lastBefore(frames: Frame[], resolved: Map<Frame, Resolved>, frame: Frame): Resolved | null {
  const earlier = frames.filter((f) => f.end <= frame.start && resolved.has(f)).sort((a, b) => a.end - b.end);
  return earlier.length ? resolved.get(earlier.at(-1)!)! : null;
}

function places(names: NameMention[], ctx: Context): EntityRef[] {
  const found = new Map<string, EntityRef>();
  for (const n of names) {
    if (n.type !== null) continue;
    const before = ctx.text.slice(Math.max(0, n.start - 5), n.start).toLowerCase();
    if (/\b(in|to|from|of|the|into)\s$/.test(before)) found.set(n.name, { name: n.name, type: 'Place', aliases: [] });
  }
  return [...found.values()];
}

function toStatement(ctx: Context, frame: Frame, who: Resolved, key: string, outerKey: string | null, entities: EntityRef[], saidOn: string | null): ExtractedStatement {
  const quote = ctx.text.slice(frame.start, frame.end);
  const mention = who.mention;
  return {
    key,
    quote,
    start: frame.start,
    end: frame.end,
    kind: frame.kind,
    cue: frame.cue?.text ?? null,
    speaker: { name: who.name, type: who.type },
    speakerText: mention?.text ?? null,
    speakerStart: mention?.start ?? null,
    speakerEnd: mention?.end ?? null,
    method: who.method,
    confidence: Math.round(Math.min(frame.confidence, who.confidence) * 100) / 100,
    office: who.office && who.office.organization ? who.office : null,
    onBehalfOf: who.onBehalfOf,
    embeddedIn: outerKey,
    mentions: findMentions(quote, entities),
    saidOn,
  };
}

/**
 * Finds the statements of an English news article: direct quotes, reported speech and mixed,
 * each with its exact span, cue, speaker (resolved within the article), office and mentions.
 * Pure: text in, statements out.
 */
export function extract(original: string, source: Partial<ArticleSource> = {}): Extraction {
  const text = normaliseQuoteMarks(original);
  const analysed = analyse(text);
  const ctx = buildContext(analysed, findQuotes(text, analysed.paragraphs));
  const found = findFrames(ctx);
  const frames = dedupe([...found, ...continuationFrames(ctx, found)]).sort((a, b) => a.start - b.start || b.end - a.end);
  const names = scanNames(ctx);
  const resolver = new SpeakerResolver(ctx, names);
  const resolved = resolveAll(frames, ctx, resolver);
  const kept = frames.filter((f) => resolved.has(f));
  const keys = new Map(kept.map((f, i) => [f, `s${i + 1}`]));
  const entities = [...resolver.entities(), ...places(names, ctx)];
  const statements = kept.map((f) => {
    const outer = container(kept, f, ctx);
    const who = resolved.get(f)!;
    // an office the article gives a person later in the text is theirs here too
    const office = who.office ?? (who.type === 'Person' ? resolver.officeOf(who.name) : null);
    return toStatement({ ...ctx, text: original }, f, { ...who, office }, keys.get(f)!, outer ? keys.get(outer)! : null, entities, source.publishedAt ?? null);
  });
  return { statements, entities, tenures: [], extractor: EXTRACTOR };
}
