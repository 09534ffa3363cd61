import { buildContext, firstTokenFrom, sentenceIndexAt, type Context } from './context.js';
import { datelineDay, readDate, relativeDay } from './dates.js';
import { continuationFrames, findFrames, type Frame } from './frames.js';
import { createMentionFinder } from './mentions.js';
import { scanNames, type NameMention } from './names.js';
import { findQuotes } from './quotes.js';
import { SpeakerResolver, type Resolved } from './resolve.js';
import { keepsStatement, keptByRule, statementFeatures } from './statementFilter.js';
import { analyse } from './text.js';
import { COUNTRY_NAMES, DOMAIN_COUNTRIES, OUTLET_COUNTRIES, isPluralPeople } from './lexicon.js';
import type { ArticleSource, EntityRef, Extraction, ExtractedStatement, MentionRef, OfficeRef } from './types.js';

export const EXTRACTOR = 'saidgraph-extract/0.12';

/**
 * Some outlets write quotation marks as two apostrophes or backticks (''...'' and ``...''), or as two
 * curly single marks (‘‘...’’). They are read as one double mark and a space, so every offset still
 * indexes the original text.
 */
export function normaliseQuoteMarks(text: string): string {
  return text.replace(/''|``/g, ' "').replace(/\u2018\u2018/g, ' \u201C').replace(/\u2019\u2019/g, ' \u201D');
}

/** Where a frame is resolved: at its cue, or for a nested frame just after the frame that holds it. */
function anchor(frame: Frame, ctx: Context): number {
  return frame.cue ? ctx.tokens[frame.cue.first]!.start : frame.start;
}

type Containers = Map<Frame, Frame | null>;

/** For each frame, the smallest other frame whose words hold its cue (Lavrov's quote holds Borrell's words). */
function containersOf(frames: Frame[], ctx: Context): Containers {
  const containers: Containers = new Map();
  for (const frame of frames) {
    const at = anchor(frame, ctx);
    let best: Frame | null = null;
    for (const f of frames) {
      if (f === frame || f.start > at || f.end < at || f.end - f.start <= frame.end - frame.start) continue;
      if (!best || f.end - f.start < best.end - best.start) best = f;
    }
    containers.set(frame, best);
  }
  return containers;
}

/**
 * A report inside another's words ends where they end: "It was no good Mr Blair claiming tax
 * pledges were ..., argued Mr Howard" (Blair's claim stops before ", argued Mr Howard").
 */
function clipToContainers(frames: Frame[], containers: Containers, ctx: Context): void {
  for (const frame of frames) {
    const outer = containers.get(frame);
    // (only where the outer frame's cue comes after its words, and the inner ran into it)
    if (!outer || !outer.cue || frame.start < outer.start || frame.end <= outer.end) continue;
    const cue = ctx.tokens[outer.cue.first]!.start;
    if (cue < outer.end || cue >= frame.end) continue;
    let end = outer.end;
    while (end > frame.start && /[\s,;:]/.test(ctx.text[end - 1]!)) end--;
    if (end > frame.start) frame.end = end;
  }
}

/** Frames of the same words found twice (a quote reached from two cues): the first one stays. */
function dedupe(frames: Frame[]): Frame[] {
  const seen = new Set<string>();
  return frames.filter((f) => {
    const key = `${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Nested frames after the frames that hold them, otherwise by cue. */
function orderForResolution(frames: Frame[], containers: Containers, ctx: Context): Frame[] {
  const depth = (f: Frame): number => {
    const outer = containers.get(f);
    return outer ? depth(outer) + 1 : 0;
  };
  const keys = new Map(frames.map((f) => {
    const outer = containers.get(f);
    return [f, [outer ? anchor(outer, ctx) : anchor(f, ctx), depth(f), anchor(f, ctx)] as const];
  }));
  return [...frames].sort((a, b) => {
    const [ka, da, aa] = keys.get(a)!;
    const [kb, db, ab] = keys.get(b)!;
    return ka - kb || da - db || aa - ab;
  });
}

function resolveAll(frames: Frame[], containers: Containers, ctx: Context, resolver: SpeakerResolver): Map<Frame, Resolved> {
  const resolved = new Map<Frame, Resolved>();
  let previous: Resolved | null = null;
  for (const frame of orderForResolution(frames, containers, ctx)) {
    const outer = containers.get(frame);
    const inside = outer ? resolved.get(outer) ?? null : null;
    let who: Resolved | null = null;
    if (frame.speaker && !frame.inherit) who = resolver.resolve(frame.speaker, inside);
    else if (frame.method === 'continuation') who = aboutBefore(frame, frames, ctx, resolver) ?? lastBefore(frames, resolved, frame, containers, ctx) ?? previous;
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

/**
 * 'Durning did not need much coaxing. "I'm thankful ..."': a quote with no cue right after a
 * sentence that reports no one and is about a person is that person's, not the last speaker's.
 */
function aboutBefore(frame: Frame, frames: Frame[], ctx: Context, resolver: SpeakerResolver): Resolved | null {
  const before = frame.sentence - 1;
  const sentence = ctx.sentences[before];
  if (!sentence || ctx.sentences[frame.sentence]!.paragraph - sentence.paragraph > 1) return null;
  if (frames.some((f) => f.sentence === before || (f.start < sentence.end && f.end > sentence.start))) return null;
  // (a sentence with quoted words of its own is no mere introduction)
  if (ctx.quotes.some((q) => q.open >= sentence.start && q.open < sentence.end)) return null;
  const who = resolver.subjectOf(before);
  return who ? { ...who, method: 'continuation', confidence: 0.6 } : null;
}

/**
 * The speaker of the statement attributed last before a frame (by its cue: '..., calling Trump “an
 * orange buffoon,” Susan said as she turned around. “But he’s our orange buffoon”' is Susan's, not
 * the friends' whose words she reported before); not one reported inside another's quote ("the FBI
 * concluded that ...").
 */
function lastBefore(frames: Frame[], resolved: Map<Frame, Resolved>, frame: Frame, containers: Containers, ctx: Context): Resolved | null {
  const earlier = frames.filter((f) => f.end <= frame.start && resolved.has(f) && !containers.get(f)).sort((a, b) => anchor(a, ctx) - anchor(b, ctx) || a.end - b.end);
  return earlier.length ? resolved.get(earlier.at(-1)!)! : null;
}

/**
 * Places the article names: a name of no known kind after "in", "to", "from" or "into", with or
 * without "the" ("in Kitchener", "in the Balkans"; after "of" or a bare "the" came too much else:
 * "the Tories", "the Constitution"). Not a word of a person's or a body's name the article gives
 * ("to Trump", "from the Clintons"), not an acronym ("to the FBI": a body), not an adjective, a
 * people or a party's members ("to the Americans", "from the Democrats").
 */
function places(names: NameMention[], ctx: Context, entities: readonly EntityRef[]): EntityRef[] {
  const named = new Set(entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).flatMap((n) => n.split(/\s+/)).map((w) => w.replace(/[’']s$/, '').toLowerCase()));
  const found = new Map<string, EntityRef>();
  for (const n of names) {
    if (n.type !== null) continue;
    const before = ctx.text.slice(Math.max(0, n.start - 9), n.start).toLowerCase();
    if (!/\b(in|to|from|into)\s(the\s)?$/.test(before)) continue;
    const words = n.name.split(/\s+/);
    if (words.some((w) => named.has(w.replace(/[’']s?$/, '').toLowerCase()) || named.has(w.replace(/s$/, '').toLowerCase()))) continue;
    // (a people or a party's members in the plural: "to the Americans", "from the Democrats")
    if (/^[\p{Lu}.&-]{2,}$/u.test(n.name) || isPluralPeople(n.name)) continue;
    const token = ctx.tokens[firstTokenFrom(ctx, n.start)];
    if (words.length === 1 && token?.pos === 'ADJ') continue;
    found.set(n.name, { name: n.name, type: 'Place', aliases: [] });
  }
  return [...found.values()];
}

/** An office whose organization the text leaves out belongs to the article's country; with none known, it is left out. */
function officeWithOrganization(office: OfficeRef, country: string | null): OfficeRef | null {
  if (office.organization) return office;
  return country ? { ...office, organization: country } : null;
}

/** A person known only by an office takes the office's organization as statements do; with none, stays unresolvable. */
function withHolderOrganization(entity: EntityRef, country: string | null): EntityRef {
  if (!entity.holdsOffice) return entity;
  const office = officeWithOrganization(entity.holdsOffice, country);
  if (office) return { ...entity, holdsOffice: office };
  const { holdsOffice: _office, ...rest } = entity;
  return rest;
}

/** The country an article is from: its outlet, its address's domain, or its dateline's city. */
export function articleCountry(source: Partial<ArticleSource>): string | null {
  const outlet = source.publisher?.toLowerCase().replace(/^the /, '').trim();
  if (outlet && (OUTLET_COUNTRIES[outlet] ?? OUTLET_COUNTRIES[`the ${outlet}`])) return OUTLET_COUNTRIES[outlet] ?? OUTLET_COUNTRIES[`the ${outlet}`]!;
  const host = source.url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(source.url)?.[1]?.toLowerCase() : undefined;
  const domain = host?.split('.').at(-1);
  if (domain && DOMAIN_COUNTRIES[domain]) return DOMAIN_COUNTRIES[domain]!;
  const city = source.dateline?.split(/[,(—–-]/)[0]?.trim().toLowerCase();
  return city && COUNTRY_NAMES[city] ? COUNTRY_NAMES[city]! : null;
}

/** Where the text names a statement's speaker: the relative pronoun that stands for them ("who"), else the mention resolved. */
function speakerSpan(who: Resolved) {
  return who.mention?.relative ?? who.mention;
}

function toStatement(ctx: Context, frame: Frame, who: Resolved, key: string, outerKey: string | null, mentionsIn: (text: string) => MentionRef[], saidOn: string | null, country: string | null): ExtractedStatement {
  const quote = ctx.text.slice(frame.start, frame.end);
  const mention = speakerSpan(who);
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
    office: who.office ? officeWithOrganization(who.office, country) : null,
    onBehalfOf: who.onBehalfOf,
    embeddedIn: outerKey,
    mentions: mentionsIn(quote),
    saidOn,
  };
}

/**
 * The day a statement was said: a day its sentence names outside the quoted words ("said on
 * Monday", "yesterday"), resolved against the article's day; otherwise the article's day.
 */
function saidOn(ctx: Context, frame: Frame, at: number, articleDay: string): string {
  const sentence = ctx.sentences[sentenceIndexAt(ctx, at)];
  if (!sentence) return articleDay;
  const around = ctx.text.slice(sentence.start, Math.max(sentence.start, frame.start)) + ' ' + ctx.text.slice(Math.min(sentence.end, frame.end), sentence.end);
  return relativeDay(around, articleDay) ?? articleDay;
}

/** A statement the rules found, before the model weighs it: its span and the model's features. */
export interface Candidate {
  start: number;
  end: number;
  features: string[];
  /** The speaker as resolved, and the words of the text that name them. */
  speaker: { name: string; mention: { start: number; end: number } | null };
  /** Kept whatever the model says (see keptByRule). */
  alwaysKept: boolean;
}

/**
 * Finds the statements of an English news article: direct quotes, reported speech and mixed,
 * each with its exact span, cue, speaker (resolved within the article), office and mentions.
 * Pure: text in, statements out.
 */
export function extract(original: string, source: Partial<ArticleSource> = {}): Extraction {
  return run(original, source, true).extraction;
}

/** Every statement the rules find, none dropped by the model, with the model's features: what `npm run train:extractor` learns from. */
export function extractCandidates(original: string, source: Partial<ArticleSource> = {}): Candidate[] {
  return run(original, source, false).candidates;
}

function run(original: string, source: Partial<ArticleSource>, filter: boolean): { extraction: Extraction; candidates: Candidate[] } {
  const text = normaliseQuoteMarks(original);
  const analysed = analyse(text);
  const ctx = buildContext(analysed, findQuotes(text, analysed.paragraphs));
  const found = findFrames(ctx);
  const frames = dedupe([...found, ...continuationFrames(ctx, found)]).sort((a, b) => a.start - b.start || b.end - a.end);
  const names = scanNames(ctx);
  const resolver = new SpeakerResolver(ctx, names);
  const nesting = containersOf(frames, ctx);
  clipToContainers(frames, nesting, ctx);
  const resolved = resolveAll(frames, nesting, ctx, resolver);
  const ruleFound = frames.filter((f) => resolved.has(f));
  const candidateContainers = containersOf(ruleFound, ctx);
  const candidates = ruleFound.map((f): Candidate => {
    const who = resolved.get(f)!;
    const span = speakerSpan(who);
    const mention = span && { start: span.start, end: span.end };
    return { start: f.start, end: f.end, features: statementFeatures(ctx, f, who, candidateContainers.get(f) != null), speaker: { name: who.name, mention }, alwaysKept: keptByRule(ctx, f) };
  });
  const kept = filter ? ruleFound.filter((_, i) => candidates[i]!.alwaysKept || keepsStatement(candidates[i]!.features)) : ruleFound;
  // (the nesting changes only when the filter dropped something)
  const containers = kept.length === ruleFound.length ? candidateContainers : containersOf(kept, ctx);
  const keys = new Map(kept.map((f, i) => [f, `s${i + 1}`]));
  const published = readDate(source.publishedAt);
  const country = articleCountry(source);
  const known = resolver.entities().map((e) => withHolderOrganization(e, country));
  const entities = [...known, ...places(names, ctx, known)];
  const mentionsIn = createMentionFinder(entities);
  const articleDay = datelineDay(source.dateline, published) ?? published;
  const statements = kept.map((f) => {
    const outer = containers.get(f);
    const who = resolved.get(f)!;
    // an office the article gives a person later in the text is theirs here too
    const office = who.office ?? (who.type === 'Person' ? resolver.officeOf(who.name) : null);
    return toStatement({ ...ctx, text: original }, f, { ...who, office }, keys.get(f)!, outer ? keys.get(outer)! : null, mentionsIn, articleDay && saidOn(ctx, f, anchor(f, ctx), articleDay), country);
  });
  return { extraction: { statements, entities, tenures: [], extractor: EXTRACTOR }, candidates };
}
