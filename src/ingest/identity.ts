import { foldName, isFullName, isVariant, nameParts, personKey } from '../extract/personName.js';
import type { EntityType } from '../extract/types.js';

/**
 * Whether a name an article gives is an entity the graph already holds. A node is joined only on
 * evidence: the same full name (diacritics, honorifics, middle names and initials aside), a
 * full-name alias, or a partial name (a surname, an initial, a variant spelling) whose context
 * agrees: the same office or organization, the same publisher near in time. Never on a surname alone.
 */

/** What an article says of an entity it names. */
export interface Mention {
  type: EntityType;
  name: string;
  /** Other full names the article gives it. */
  aliases: string[];
  /** Office ids and organization ids the article links it to. */
  officeIds: string[];
  organizationIds: string[];
  publisherId: string | null;
  /** The article's day (days since 1970), when dated. */
  day: number | null;
  /** The organization id of the article's country (its outlet's, address's or dateline's), when known. */
  countryId: string | null;
}

/** An entity of the graph that shares a name word with a mention, and what it is linked to. */
export interface Candidate {
  id: string;
  name: string;
  aliases: string[];
  officeIds: string[];
  organizationIds: string[];
  publisherIds: string[];
  /** The days it was reported on, newest and oldest. */
  firstDay: number | null;
  lastDay: number | null;
  /** Offices it held by reference data: whose office, from and to which day (days since 1970). */
  tenures: Array<{ organizationId: string; startDay: number; endDay: number | null }>;
}

/** How much each piece of evidence weighs; a join needs JOIN_THRESHOLD. Measured on the dev sets (README). */
export const EVIDENCE = {
  sameName: 1,
  variantGiven: 0.6,
  initialGiven: 0.4,
  partialName: 0.3,
  sameOffice: 0.5,
  sameOrganization: 0.4,
  heldOfficeThen: 0.5,
  samePublisher: 0.2,
  nearInTime: 0.1,
} as const;
export const JOIN_THRESHOLD = 0.8;
const NEAR_DAYS = 60;

/** How two person names relate: the same name, compatible (one may be the other), or different people. */
export function compareNames(a: string, b: string): { relation: 'same' | 'compatible' | 'different'; weight: number } {
  const x = nameParts(a);
  const y = nameParts(b);
  if (!x.surname || !y.surname) return { relation: 'different', weight: 0 };
  if (isFullName(a) && isFullName(b) && personKey(a) === personKey(b)) return { relation: 'same', weight: EVIDENCE.sameName };
  if (x.surname !== y.surname) {
    // a mononym or a name given alone: "Mahathir" and "Mahathir Mohamad"
    const lone = x.given === null ? x : y.given === null ? y : null;
    const full = lone === x ? y : x;
    if (lone && full.given && lone.surname === full.given && lone.surname.length >= 4) return { relation: 'compatible', weight: EVIDENCE.partialName };
    return { relation: 'different', weight: 0 };
  }
  if (!x.given || !y.given) return { relation: 'compatible', weight: EVIDENCE.partialName };
  if (x.initial || y.initial) return x.given[0] === y.given[0] ? { relation: 'compatible', weight: EVIDENCE.initialGiven } : { relation: 'different', weight: 0 };
  if (isVariant(x.given, y.given)) return { relation: 'compatible', weight: EVIDENCE.variantGiven };
  return { relation: 'different', weight: 0 };
}

/** Organization and place names compared: case, diacritics, a leading "the" or "al-" aside. */
export function orgKey(name: string): string {
  return foldName(name).replace(/^(the|al|el) |^(al|el)-/g, '').replace(/-/g, ' ').trim();
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/**
 * What the names alone say: 0 when no name of the candidate can be the mention's (a different
 * surname, another organization), whatever its context; a look-up reads the context of the others only.
 */
export function nameEvidence(mention: Pick<Mention, 'type' | 'name' | 'aliases'>, candidate: Pick<Candidate, 'name' | 'aliases'>): number {
  if (mention.type !== 'Person') {
    const keys = [candidate.name, ...candidate.aliases].map(orgKey);
    return [mention.name, ...mention.aliases].some((n) => keys.includes(orgKey(n))) ? EVIDENCE.sameName : 0;
  }
  let best = 0;
  for (const own of [mention.name, ...mention.aliases]) {
    for (const theirs of [candidate.name, ...candidate.aliases]) best = Math.max(best, compareNames(own, theirs).weight);
  }
  return best;
}

/** The evidence that a mention is a candidate, from 0 (none, or a different name) up. */
export function evidence(mention: Mention, candidate: Candidate): number {
  const named = nameEvidence(mention, candidate);
  if (mention.type !== 'Person') return named;
  // context counts for an exact name too: it tells apart two nodes of one name (split by a curator)
  return named ? named + contextOf(mention, candidate) : 0;
}

function contextOf(mention: Mention, candidate: Candidate): number {
  let context = 0;
  if (overlaps(mention.officeIds, candidate.officeIds)) context += EVIDENCE.sameOffice;
  if (overlaps(mention.organizationIds, candidate.organizationIds)) context += EVIDENCE.sameOrganization;
  if (mention.publisherId && candidate.publisherIds.includes(mention.publisherId)) context += EVIDENCE.samePublisher;
  // "Mr Blair" in a British article of 2005: the reference data say a Blair held a British office that day
  if (heldThen(mention, candidate)) context += EVIDENCE.heldOfficeThen;
  const near = mention.day !== null && candidate.firstDay !== null && candidate.lastDay !== null;
  if (near && mention.day! >= candidate.firstDay! - NEAR_DAYS && mention.day! <= candidate.lastDay! + NEAR_DAYS) context += EVIDENCE.nearInTime;
  return context;
}

function heldThen(mention: Mention, candidate: Candidate): boolean {
  if (mention.day === null) return false;
  const orgs = new Set([...mention.organizationIds, ...(mention.countryId ? [mention.countryId] : [])]);
  return candidate.tenures.some((t) => orgs.has(t.organizationId) && t.startDay <= mention.day! && (t.endDay === null || mention.day! <= t.endDay));
}

/**
 * The candidate a mention joins: the only one with enough evidence, or among several the one
 * whose evidence is clearly the strongest; none when two are as likely (a new node, not a guess).
 */
export function choose(mention: Mention, candidates: Candidate[]): Candidate | null {
  const scored = candidates
    .map((c) => ({ c, score: evidence(mention, c) }))
    .filter((x) => x.score >= JOIN_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  if (!scored.length) return null;
  if (scored.length > 1 && scored[1]!.score >= scored[0]!.score) return null;
  return scored[0]!.c;
}

/** The words a candidate search looks for: the surname, and for a lone name the name itself. */
export function searchTerms(mention: Pick<Mention, 'type' | 'name' | 'aliases'>): string[] {
  if (mention.type !== 'Person') return [mention.name, ...mention.aliases];
  return [...new Set([mention.name, ...mention.aliases].map((n) => nameParts(n).surname).filter(Boolean))];
}
