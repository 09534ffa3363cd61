import type { TxRunner } from '../db/executor.js';
import { isFullName } from '../extract/personName.js';
import type { ArticleSource, EntityRef, EntityType, Extraction, ExtractedStatement, OfficeRef } from '../extract/types.js';
import { articleId, contentHash as hashOf, entityId, normaliseStatementText, officeId, sha256, statementId } from './ids.js';

/** The rows one article writes, with graph ids; the Cypher of src/ingest takes them as they are. */
export interface ArticleGraph {
  article: {
    id: string;
    url: string | null;
    title: string;
    publishedAt: string | null;
    dateline: string | null;
    language: string;
    contentHash: string;
    text: string;
    publisherId: string | null;
    sourceId: string | null;
    extractorVersion: string;
  };
  entities: Array<{ id: string; label: string; name: string; aliases: string[]; kind: string | null; description: string | null; wikidataId: string | null }>;
  offices: Array<{ id: string; title: string; aliases: string[]; organizationId: string; wikidataId: string | null }>;
  tenures: Array<{ personId: string; officeId: string; start: string | null; end: string | null; source: string }>;
  statements: Array<{
    id: string;
    articleId: string;
    text: string;
    kind: 'DIRECT' | 'INDIRECT' | 'MIXED';
    saidOn: string | null;
    language: string;
    textHash: string;
    confidence: number;
    speakerId: string | null;
    attributionMethod: string;
    officeId: string | null;
    onBehalfOfId: string | null;
    occurrence: {
      start: number;
      end: number;
      quote: string;
      cue: string | null;
      speakerText: string | null;
      speakerStart: number | null;
      speakerEnd: number | null;
      extractor: string;
    };
  }>;
  mentions: Array<{ statementId: string; entityId: string; start: number; end: number }>;
  embedded: Array<{ innerId: string; outerId: string }>;
}

/** The graph id of an entity named in an article: its slug, or the entity the graph already has. */
export type IdFor = (type: EntityType, name: string) => string;

/** Every entity the article refers to, one row each; the publisher is a MEDIA organization. */
function collectEntities(extraction: Extraction, source: ArticleSource, idFor: IdFor): ArticleGraph['entities'] {
  const refs: EntityRef[] = [...extraction.entities];
  if (source.publisher) refs.push({ name: source.publisher, type: 'Organization', kind: 'MEDIA' });
  for (const office of offices(extraction)) refs.push({ name: office.organization, type: 'Organization' });
  const rows = new Map<string, ArticleGraph['entities'][number]>();
  for (const ref of refs) {
    const id = idFor(ref.type, ref.name);
    const known = rows.get(id);
    // the name this article uses becomes an alias when the graph knows the entity by another
    // a bare surname or "Mr Blair" is an alias only inside its article: in the graph it would join strangers
    const given = [...(ref.aliases ?? []), ref.name].filter((a) => ref.type !== 'Person' || isFullName(a));
    const aliases = [...new Set([...(known?.aliases ?? []), ...given])];
    rows.set(id, {
      id,
      label: ref.type,
      name: known?.name ?? ref.name,
      aliases,
      kind: known?.kind ?? ref.kind ?? null,
      description: known?.description ?? ref.description ?? null,
      wikidataId: known?.wikidataId ?? ref.wikidataId ?? null,
    });
  }
  return [...rows.values()];
}

function offices(extraction: Extraction): OfficeRef[] {
  return [
    ...extraction.tenures.map((t) => t.office),
    ...extraction.statements.flatMap((s) => (s.office ? [s.office] : [])),
  ];
}

function officeRows(extraction: Extraction, idFor: IdFor): ArticleGraph['offices'] {
  const rows = new Map<string, ArticleGraph['offices'][number]>();
  for (const office of offices(extraction)) {
    const organizationId = idFor('Organization', office.organization);
    const id = officeId(organizationId.replace(/^organization:/, ''), office.title);
    const aliases = [...new Set([...(rows.get(id)?.aliases ?? []), ...(office.aliases ?? [])])];
    rows.set(id, { id, title: office.title, aliases, organizationId, wikidataId: office.wikidataId ?? rows.get(id)?.wikidataId ?? null });
  }
  return [...rows.values()];
}

function officeIdFor(office: OfficeRef, idFor: IdFor): string {
  return officeId(idFor('Organization', office.organization).replace(/^organization:/, ''), office.title);
}

const KINDS = { direct: 'DIRECT', indirect: 'INDIRECT', mixed: 'MIXED' } as const;

/** Statement ids an article already has, by the span of their occurrence (`start:end`): see spanKey. */
export type KnownStatementIds = ReadonlyMap<string, string>;

/** What names an occurrence inside its article: its span. */
export const spanKey = (start: number, end: number) => `${start}:${end}`;

function statementRow(s: ExtractedStatement, extraction: Extraction, language: string, idFor: IdFor, articleId: string, known: KnownStatementIds): ArticleGraph['statements'][number] {
  const speakerId = s.speaker ? idFor(s.speaker.type, s.speaker.name) : null;
  return {
    id: known.get(spanKey(s.start, s.end)) ?? statementId(speakerId, s.quote),
    articleId,
    text: s.quote,
    kind: KINDS[s.kind],
    saidOn: s.saidOn,
    language,
    textHash: sha256(normaliseStatementText(s.quote)),
    confidence: s.confidence,
    speakerId,
    attributionMethod: s.method,
    officeId: s.office ? officeIdFor(s.office, idFor) : null,
    onBehalfOfId: s.onBehalfOf ? idFor('Organization', s.onBehalfOf) : null,
    occurrence: {
      start: s.start,
      end: s.end,
      quote: s.quote,
      cue: s.cue,
      speakerText: s.speakerText,
      speakerStart: s.speakerStart,
      speakerEnd: s.speakerEnd,
      extractor: extraction.extractor,
    },
  };
}

/**
 * Turns an extraction of one article into the rows the graph takes. A statement at a span the
 * article already has (`known`, when it is read again) keeps the id it has.
 */
export function buildArticleGraph(text: string, source: ArticleSource, extraction: Extraction, idFor: IdFor = entityId, known: KnownStatementIds = new Map()): ArticleGraph {
  const contentHash = hashOf(text);
  const id = articleId(contentHash);
  const statements = extraction.statements.map((s) => statementRow(s, extraction, source.language, idFor, id, known));
  const idByKey = new Map(extraction.statements.map((s, i) => [s.key, statements[i]!.id]));
  return {
    article: {
      id,
      url: source.url,
      title: source.title,
      publishedAt: source.publishedAt,
      dateline: source.dateline,
      language: source.language,
      contentHash,
      text,
      publisherId: source.publisher ? idFor('Organization', source.publisher) : null,
      sourceId: source.sourceId ?? null,
      extractorVersion: extraction.extractor,
    },
    entities: collectEntities(extraction, source, idFor),
    offices: officeRows(extraction, idFor),
    tenures: extraction.tenures.map((t) => ({
      personId: idFor('Person', t.person),
      officeId: officeIdFor(t.office, idFor),
      start: t.start,
      end: t.end,
      source: t.source,
    })),
    statements,
    mentions: extraction.statements.flatMap((s, i) =>
      s.mentions.map((m) => ({ statementId: statements[i]!.id, entityId: idFor(m.type, m.name), start: m.start, end: m.end })),
    ),
    embedded: extraction.statements.flatMap((s, i) => {
      const outerId = s.embeddedIn ? idByKey.get(s.embeddedIn) : undefined;
      return outerId ? [{ innerId: statements[i]!.id, outerId }] : [];
    }),
  };
}

type EntityRows = Pick<ArticleGraph, 'entities' | 'offices' | 'tenures'>;

/** Where each id of these rows went, for the entities a curator merged into others. */
async function mergedIds(tx: TxRunner, rows: EntityRows): Promise<Map<string, string>> {
  const ids = new Set<string>(rows.entities.map((e) => e.id));
  for (const o of rows.offices) ids.add(o.id);
  const found = await tx.run<{ id: string; into: string }>('ingest/findMerged', { ids: [...ids] });
  return new Map(found.map((r) => [r.id, r.into]));
}

function redirectEntities(into: Map<string, string>, rows: EntityRows): EntityRows {
  const to = (id: string) => into.get(id) ?? id;
  return {
    entities: rows.entities.map((e) => (into.has(e.id) ? { ...e, id: to(e.id), aliases: [...new Set([...e.aliases, e.name])] } : e)),
    offices: rows.offices.map((o) => ({ ...o, id: to(o.id), organizationId: to(o.organizationId) })),
    tenures: rows.tenures.map((t) => ({ ...t, personId: to(t.personId), officeId: to(t.officeId) })),
  };
}

/** Entities, offices and tenures (reference data) with merged entities replaced by those they joined. */
export async function followEntityMerges(tx: TxRunner, rows: EntityRows): Promise<EntityRows> {
  const into = await mergedIds(tx, rows);
  return into.size ? redirectEntities(into, rows) : rows;
}

/**
 * The graph of an article with the entities a curator merged into others replaced by those they
 * joined (speakers, mentions, offices' organizations, tenures, the publisher). Statement ids stay
 * as the extractor's entities make them, so that the statements of an article read again are the
 * ones the merge moved.
 */
export async function followMerges(tx: TxRunner, graph: ArticleGraph): Promise<ArticleGraph> {
  const into = await mergedIds(tx, graph);
  if (!into.size) return graph;
  const to = (id: string) => into.get(id) ?? id;
  const toOrNull = (id: string | null) => (id === null ? null : to(id));
  return {
    ...graph,
    ...redirectEntities(into, graph),
    article: { ...graph.article, publisherId: toOrNull(graph.article.publisherId) },
    statements: graph.statements.map((s) => ({ ...s, speakerId: toOrNull(s.speakerId), officeId: toOrNull(s.officeId), onBehalfOfId: toOrNull(s.onBehalfOfId) })),
    mentions: graph.mentions.map((m) => ({ ...m, entityId: to(m.entityId) })),
  };
}
