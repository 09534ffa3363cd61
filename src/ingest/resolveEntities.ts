import type { TxRunner } from '../db/executor.js';
import { isFullName } from '../extract/personName.js';
import type { EntityRef, EntityType, Extraction } from '../extract/types.js';
import type { IdFor } from './graph.js';
import { entityId, officeId, slug } from './ids.js';
import { choose, JOIN_THRESHOLD, nameEvidence, searchTerms, type Candidate, type Mention } from './identity.js';

export interface GraphResolution {
  idFor: IdFor;
  /** People of the article the graph did not know before. */
  newPeople: string[];
}

/** What the article says around it: where it appeared and when. */
export interface ArticleContext {
  /** The article's id: a partial name that joins no one is an entity of this article alone. */
  articleId: string;
  publisherId: string | null;
  /** The article's day (days since 1970). */
  day: number | null;
  /** The organization id of the article's country, when its outlet, address or dateline says. */
  countryId: string | null;
}

const keyOf = (type: EntityType, name: string) => `${type}|${name}`;

/** A full-text query for any of the terms, each as a phrase. */
export function luceneQuery(terms: string[]): string {
  return terms.map((n) => `"${n.replace(/["\\]/g, ' ')}"`).join(' OR ');
}

/** The offices and organizations the article links each speaker to, as slug ids. */
function linksBySpeaker(extraction: Extraction): Map<string, { officeIds: Set<string>; organizationIds: Set<string> }> {
  const map = new Map<string, { officeIds: Set<string>; organizationIds: Set<string> }>();
  const entry = (name: string) => map.get(name) ?? map.set(name, { officeIds: new Set(), organizationIds: new Set() }).get(name)!;
  for (const s of extraction.statements) {
    if (!s.speaker) continue;
    if (s.office) {
      entry(s.speaker.name).officeIds.add(officeId(slug(s.office.organization), s.office.title));
      entry(s.speaker.name).organizationIds.add(entityId('Organization', s.office.organization));
    }
    if (s.onBehalfOf) entry(s.speaker.name).organizationIds.add(entityId('Organization', s.onBehalfOf));
  }
  for (const t of extraction.tenures) {
    entry(t.person).officeIds.add(officeId(slug(t.office.organization), t.office.title));
    entry(t.person).organizationIds.add(entityId('Organization', t.office.organization));
  }
  return map;
}

/** A person named only in part ("Mr Howard") whom the graph cannot place, or a document with no author: an entity of this article alone. */
function articleScopedId(ref: EntityRef, context: ArticleContext): string {
  return `${entityId(ref.type, ref.name)}~${context.articleId.replace(/^article:/, '').slice(0, 12)}`;
}

/** One name search: the words of a name an article gives (searchTerms), for entities of one label. */
export interface Lookup {
  key: string;
  label: EntityType;
  terms: string[];
  /** The full-text query for the terms. */
  query: string;
  mention: Mention;
}

/** Finds the candidates of each look-up, with what each is linked to, as the transaction sees them. */
export type CandidateFinder = (tx: TxRunner, lookups: Lookup[]) => Promise<Array<Candidate & { key: string }>>;

/** An entity a name search found: its id, and its names when known. */
export interface Found {
  id: string;
  names?: { name: string; aliases: string[] };
  /** Found by the name search itself, so of the look-up's label and no entity of one article alone. */
  searched?: boolean;
}

/**
 * What each found entity is linked to, read for those whose names can be the mention's only
 * (nameEvidence): a surname finds every namesake, and reading what each is linked to walks all
 * their statements. An entity found without its names is read all the same. Nothing is read where
 * the links cannot change the decision (identity.ts, choose): an organization, a group or a place is
 * joined on its name alone; a person with one candidate whose name alone is enough (the same full
 * name, no namesake) is joined whatever that candidate is linked to. Reading Donald Trump's links
 * walked his every statement, in each article that names him.
 */
export async function describeCandidates(tx: TxRunner, found: ReadonlyArray<{ lookup: Lookup; entities: Found[] }>): Promise<Array<Candidate & { key: string }>> {
  const describe = async (rows: Array<{ key: string; id: string; label: EntityType }>) => (rows.length ? tx.run<Candidate & { key: string }>('ingest/describeEntityCandidates', { rows }) : []);
  const row = (lookup: Lookup, e: Found) => ({ key: lookup.key, id: e.id, label: lookup.label });
  const named = found.map(({ lookup, entities }) => ({ lookup, entities: entities.filter((e) => !e.names || nameEvidence(lookup.mention, e.names) > 0) }));
  const searched = (e: Found): e is Found & { names: NonNullable<Found['names']> } => e.searched === true && e.names !== undefined;
  // first the entities the search did not vouch for (an earlier article of a bulk batch wrote them):
  // whether they are of the label, and no entity of one article alone, is the database's to say
  const unsearched = await describe(named.flatMap(({ lookup, entities }) => entities.filter((e) => !searched(e)).map((e) => row(lookup, e))));
  const kept = new Set(unsearched.map((c) => `${c.key}|${c.id}`));
  const settled: Array<Candidate & { key: string }> = [];
  const rest: Array<{ key: string; id: string; label: EntityType }> = [];
  for (const { lookup, entities } of named) {
    const vouched = entities.filter(searched);
    const others = entities.filter((e) => !searched(e) && kept.has(`${lookup.key}|${e.id}`));
    const byName = lookup.label !== 'Person' || (vouched.length === 1 && others.length === 0 && nameEvidence(lookup.mention, vouched[0]!.names) >= JOIN_THRESHOLD);
    for (const e of vouched) {
      if (byName) settled.push({ key: lookup.key, id: e.id, name: e.names.name, aliases: e.names.aliases, officeIds: [], organizationIds: [], publisherIds: [], firstDay: null, lastDay: null, tenures: [] });
      else rest.push(row(lookup, e));
    }
  }
  return [...settled, ...unsearched, ...(await describe(rest))];
}

/** One full-text query inside the transaction, then what the candidates are linked to: what one article a transaction does. */
export const findInTransaction: CandidateFinder = async (tx, lookups) => {
  if (!lookups.length) return [];
  const rows = await tx.run<{ key: string; id: string; name: string; aliases: string[] }>('ingest/findEntityNames', {
    lookups: lookups.map(({ key, label, query }) => ({ key, label, query })),
  });
  const byKey = new Map<string, Found[]>();
  for (const r of rows) {
    const found: Found = { id: r.id, names: { name: r.name, aliases: r.aliases }, searched: true };
    const list = byKey.get(r.key);
    if (list) list.push(found);
    else byKey.set(r.key, [found]);
  }
  return describeCandidates(tx, lookups.map((lookup) => ({ lookup, entities: byKey.get(lookup.key) ?? [] })));
};

/** The entities of an extraction with what the article says of each. */
function mentionsOf(extraction: Extraction, context: ArticleContext): Array<{ ref: EntityRef; mention: Mention }> {
  const links = linksBySpeaker(extraction);
  return extraction.entities
    .filter((e) => e.name.trim())
    .map((ref) => {
      const linked = links.get(ref.name);
      const aliases = (ref.aliases ?? []).filter((a) => ref.type !== 'Person' || isFullName(a));
      return {
        ref,
        mention: {
          type: ref.type,
          name: ref.name,
          aliases,
          officeIds: [...(linked?.officeIds ?? [])],
          organizationIds: [...(linked?.organizationIds ?? [])],
          publisherId: context.publisherId,
          day: context.day,
          countryId: context.countryId,
        },
      };
    });
}

function lookupOf(ref: EntityRef, mention: Mention): Lookup {
  const terms = searchTerms(mention);
  return { key: keyOf(ref.type, ref.name), label: ref.type, terms, query: luceneQuery(terms), mention };
}

/** The name searches of an article's mentions: none for a person of the article alone. */
function lookupsFor(mentions: ReadonlyArray<{ ref: EntityRef; mention: Mention }>): Lookup[] {
  return mentions.filter(({ ref }) => !ref.local).map(({ ref, mention }) => lookupOf(ref, mention));
}

/** The name searches resolving an extraction makes (a bulk ingest makes those of its whole batch at once). */
export function lookupsOf(extraction: Extraction, context: ArticleContext): Lookup[] {
  return lookupsFor(mentionsOf(extraction, context));
}

/**
 * Maps the entities of an extraction to those the graph already holds, inside the ingest
 * transaction: one look-up for all of them, then a decision on evidence for each
 * (src/ingest/identity.ts). A full name that joins no one is a new node; so is a partial name,
 * but one of this article only, so that the next "Mr Brown" is not taken for this one.
 */
export async function resolveAgainstGraph(tx: TxRunner, extraction: Extraction, context: ArticleContext, find: CandidateFinder = findInTransaction): Promise<GraphResolution> {
  const mentions = mentionsOf(extraction, context);
  const rows = await find(tx, lookupsFor(mentions));
  const byKey = new Map<string, Candidate[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const chosen = new Map<string, string>();
  const newPeople: string[] = [];
  for (const { ref, mention } of mentions) {
    const key = keyOf(ref.type, ref.name);
    if (ref.local) {
      chosen.set(key, articleScopedId(ref, context));
      continue;
    }
    const match = choose(mention, byKey.get(key) ?? []);
    if (match) chosen.set(key, match.id);
    else if (ref.type === 'Person') {
      newPeople.push(ref.name);
      if (!isFullName(ref.name)) chosen.set(key, articleScopedId(ref, context));
    }
  }
  const idFor: IdFor = (type, name) => chosen.get(keyOf(type, name)) ?? entityId(type, name);
  await resolveOfficeHolders(tx, extraction, context, idFor, chosen);
  // a person known only by an office is `local`: never among the new people, whoever it turns out to be
  return { idFor, newPeople };
}

/**
 * People the article names only by an office ("the foreign secretary said"): whoever alone held
 * that office on the article's day, by the tenures in the graph (reference data, or articles that
 * named the holder). Several holders, or none, leave the person one of this article.
 */
async function resolveOfficeHolders(tx: TxRunner, extraction: Extraction, context: ArticleContext, idFor: IdFor, chosen: Map<string, string>): Promise<void> {
  if (context.day === null) return;
  const day = new Date(context.day * 86_400_000).toISOString().slice(0, 10);
  const lookups = extraction.entities.flatMap((e) => {
    if (!e.holdsOffice) return [];
    const organizationId = idFor('Organization', e.holdsOffice.organization);
    return [{ key: keyOf('Person', e.name), officeId: officeId(organizationId.replace(/^organization:/, ''), e.holdsOffice.title), day }];
  });
  if (!lookups.length) return;
  for (const { key, holders } of await tx.run<{ key: string; holders: string[] }>('ingest/findOfficeHolders', { lookups })) {
    if (holders.length === 1) chosen.set(key, holders[0]!);
  }
}
