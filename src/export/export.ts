import type { Writable } from 'node:stream';
import { listEdits, type EditFilter } from '../curation/audit.js';
import type { Executor } from '../db/executor.js';
import type { StatementWhere } from '../generated/graphql.js';
import type { EntityRow } from '../modules/entity/entity.model.js';
import { createLoaders, loadAll } from '../modules/loaders.js';
import type { Keyset } from '../modules/shared/connection.js';
import { listStatements } from '../modules/statement/statement.repository.js';
import { toStatementFilter } from '../modules/statement/statement.service.js';
import type { OccurrenceModel, StatementModel } from '../modules/statement/statement.model.js';
import type { ArticleModel } from '../modules/article/article.model.js';

export type ExportFormat = 'jsonl' | 'csv' | 'graphml' | 'audit';

/** A statement with everything an export row needs, loaded a page at a time. */
export interface ExportStatement {
  statement: StatementModel;
  speaker: EntityRow | null;
  office: EntityRow | null;
  officeOrganization: EntityRow | null;
  onBehalfOf: EntityRow | null;
  occurrences: Array<OccurrenceModel & { article: ArticleModel | null; publisher: EntityRow | null }>;
}

const PAGE = 500;

/**
 * Every statement matching the filter, oldest first, a page at a time: memory holds one page,
 * however large the graph. Each page costs a fixed number of statements (list, then batches).
 */
export async function* exportStatements(db: Executor, where: StatementWhere | null): AsyncGenerator<ExportStatement> {
  const filter = toStatementFilter(where);
  let after: Keyset = { afterKey: null, afterId: null };
  for (;;) {
    const rows = await listStatements(db, filter, { ...after, limit: PAGE + 1, descending: false });
    const page = rows.slice(0, PAGE);
    if (!page.length) return;
    yield* await loadPage(db, page.map((r) => r.id));
    if (rows.length <= PAGE) return;
    const last = page.at(-1)!;
    after = { afterKey: last.sortKey, afterId: last.id };
  }
}

async function loadPage(db: Executor, ids: string[]): Promise<ExportStatement[]> {
  const loaders = createLoaders(db);
  const statements = (await loadAll(loaders.statement, ids)).filter((s): s is StatementModel => s !== null);
  const entity = (id: string | null) => (id ? loaders.entity.load(id) : Promise.resolve(null));
  return Promise.all(
    statements.map(async (statement) => {
      const [speaker, office, onBehalfOf, occurrences] = await Promise.all([
        entity(statement.speakerId),
        entity(statement.officeId),
        entity(statement.onBehalfOfId),
        loaders.occurrences.load(statement.id),
      ]);
      const officeOrganization = await entity(office?.organizationId ?? null);
      const withArticles = await Promise.all(
        occurrences.map(async (o) => {
          const article = await loaders.article.load(o.articleId);
          return { ...o, article, publisher: await entity(article?.publisherId ?? null) };
        }),
      );
      return { statement, speaker, office, officeOrganization, onBehalfOf, occurrences: withArticles };
    }),
  );
}

/** Writes to a stream and waits when it is full, so a slow reader slows the export instead of filling memory. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

function jsonLine(e: ExportStatement): string {
  const s = e.statement;
  return `${JSON.stringify({
    id: s.id,
    text: s.text,
    kind: s.kind,
    saidOn: s.saidOn,
    confidence: s.confidence,
    speaker: e.speaker ? { id: e.speaker.id, name: e.speaker.name, type: e.speaker.labels.find((l) => l !== 'Entity') } : null,
    office: e.office ? { id: e.office.id, title: e.office.title, organization: e.officeOrganization?.name ?? null } : null,
    onBehalfOf: e.onBehalfOf ? { id: e.onBehalfOf.id, name: e.onBehalfOf.name } : null,
    embeddedIn: s.embeddedInId,
    occurrences: e.occurrences.map((o) => ({
      articleId: o.articleId,
      sourceId: o.article?.sourceId ?? null,
      title: o.article?.title ?? null,
      publisher: o.publisher?.name ?? null,
      publishedAt: o.article?.publishedAt ?? null,
      url: o.article?.url ?? null,
      start: o.start,
      end: o.end,
      cue: o.cue,
      speakerText: o.speakerText,
    })),
  })}\n`;
}

const CSV_COLUMNS = [
  'statement_id', 'text', 'kind', 'said_on', 'speaker_id', 'speaker', 'office', 'office_organization', 'on_behalf_of',
  'article_id', 'source_id', 'article_title', 'publisher', 'published_at', 'url', 'start', 'end', 'cue', 'speaker_text', 'confidence',
];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV row per occurrence: a statement reported twice has two rows. */
function csvRows(e: ExportStatement): string {
  const s = e.statement;
  return e.occurrences
    .map((o) =>
      [s.id, s.text, s.kind, s.saidOn, e.speaker?.id, e.speaker?.name, e.office?.title, e.officeOrganization?.name, e.onBehalfOf?.name,
        o.articleId, o.article?.sourceId, o.article?.title, o.publisher?.name, o.article?.publishedAt, o.article?.url, o.start, o.end, o.cue, o.speakerText, s.confidence]
        .map(csvCell)
        .join(','),
    )
    .join('\n')
    .concat(e.occurrences.length ? '\n' : '');
}

const xml = (text: unknown) => String(text ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const GRAPHML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="saidOn" for="node" attr.name="saidOn" attr.type="string"/>
  <key id="publishedAt" for="node" attr.name="publishedAt" attr.type="string"/>
  <key id="rel" for="edge" attr.name="type" attr.type="string"/>
  <key id="start" for="edge" attr.name="start" attr.type="int"/>
  <key id="end" for="edge" attr.name="end" attr.type="int"/>
  <key id="cue" for="edge" attr.name="cue" attr.type="string"/>
  <graph id="saidgraph" edgedefault="directed">
`;

/** GraphML nodes and edges of one statement; nodes already written are not written again. */
function graphml(e: ExportStatement, written: Set<string>): string {
  const parts: string[] = [];
  const node = (id: string, type: string, label: unknown, extra = '') => {
    if (written.has(id)) return;
    written.add(id);
    parts.push(`    <node id="${xml(id)}"><data key="type">${type}</data><data key="label">${xml(label)}</data>${extra}</node>\n`);
  };
  const edge = (source: string, target: string, type: string, extra = '') =>
    parts.push(`    <edge source="${xml(source)}" target="${xml(target)}"><data key="rel">${type}</data>${extra}</edge>\n`);
  const s = e.statement;
  node(s.id, 'Statement', s.text, `<data key="kind">${s.kind}</data><data key="saidOn">${xml(s.saidOn)}</data>`);
  if (e.speaker) {
    node(e.speaker.id, e.speaker.labels.find((l) => l !== 'Entity') ?? 'Entity', e.speaker.name);
    edge(s.id, e.speaker.id, 'SAID_BY');
  }
  if (e.office) {
    node(e.office.id, 'Office', e.office.title);
    edge(s.id, e.office.id, 'IN_CAPACITY_OF');
    if (e.officeOrganization) {
      node(e.officeOrganization.id, 'Organization', e.officeOrganization.name);
      if (!written.has(`${e.office.id}>OF`)) {
        written.add(`${e.office.id}>OF`);
        edge(e.office.id, e.officeOrganization.id, 'OF');
      }
    }
  }
  if (e.onBehalfOf) {
    node(e.onBehalfOf.id, 'Organization', e.onBehalfOf.name);
    edge(s.id, e.onBehalfOf.id, 'ON_BEHALF_OF');
  }
  for (const o of e.occurrences) {
    node(o.articleId, 'Article', o.article?.title, `<data key="publishedAt">${xml(o.article?.publishedAt)}</data>`);
    edge(s.id, o.articleId, 'REPORTED_IN', `<data key="start">${o.start}</data><data key="end">${o.end}</data><data key="cue">${xml(o.cue)}</data>`);
  }
  return parts.join('');
}

/** Streams the statements matching `where` to `out` in one of the formats; returns how many. */
export async function exportTo(db: Executor, format: ExportFormat, where: StatementWhere | null, out: Writable, onCount: (n: number) => void = () => {}): Promise<number> {
  let count = 0;
  const written = new Set<string>();
  const embedded: Array<[string, string]> = [];
  if (format === 'csv') await write(out, `${CSV_COLUMNS.join(',')}\n`);
  if (format === 'graphml') await write(out, GRAPHML_HEAD);
  for await (const e of exportStatements(db, where)) {
    onCount(++count);
    if (format === 'jsonl') await write(out, jsonLine(e));
    else if (format === 'csv') await write(out, csvRows(e));
    else {
      // a nested statement may come before the one that holds it: its edge waits until both are written
      await write(out, graphml(e, written));
      if (e.statement.embeddedInId) embedded.push([e.statement.id, e.statement.embeddedInId]);
    }
  }
  if (format === 'graphml') {
    const edges = embedded.filter(([, holder]) => written.has(holder));
    await write(out, edges.map(([inner, outer]) => `    <edge source="${xml(inner)}" target="${xml(outer)}"><data key="rel">EMBEDDED_IN</data></edge>\n`).join(''));
    await write(out, '  </graph>\n</graphml>\n');
  }
  return count;
}

/**
 * Streams the audit trail (every edit, or those that changed one entity, statement or article) as
 * JSON lines in sequence order, a page at a time; returns how many.
 */
export async function exportAudit(db: Executor, filter: EditFilter, out: Writable, onCount: (n: number) => void = () => {}): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const edits = await listEdits(db, filter, after, PAGE);
    for (const e of edits) {
      const parse = (json: string | null) => (json === null ? null : JSON.parse(json));
      await write(out, `${JSON.stringify({ ...e, before: parse(e.before), after: parse(e.after) })}\n`);
    }
    count += edits.length;
    onCount(count);
    if (edits.length < PAGE) return count;
    after = edits.at(-1)!.sequence;
  }
}
