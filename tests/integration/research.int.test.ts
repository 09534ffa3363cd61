import { PassThrough } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportTo, type ExportFormat } from '../../src/export/export.js';
import type { StatementWhere } from '../../src/generated/graphql.js';
import { writeArticleGraph } from '../../src/ingest/write.js';
import { syntheticArticle } from '../helpers/synthetic.js';
import { useExampleServer } from '../helpers/db.js';

const fixture = useExampleServer();

describe('search', () => {
  it('ranks statements by full-text relevance and marks the matched words', async () => {
    const { data, errors } = await fixture.server.query(`{ search(query: "security guarantees", types: [STATEMENT]) { score type highlight node { ... on Statement { text speaker { ... on Person { name } } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.search.length).toBeGreaterThan(0);
    const scores = data.search.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    for (const hit of data.search) {
      expect(hit.type).toBe('STATEMENT');
      expect(hit.highlight).toMatch(/<mark>(security|guarantees)<\/mark>/i);
      expect(hit.node.text.toLowerCase()).toMatch(/security/);
    }
    expect(data.search[0].node.speaker.name).toBe('Sergey Lavrov');
  });

  it('finds people by name and alias', async () => {
    const { data } = await fixture.server.query(`{ search(query: "Sergei Lavrov", types: [PERSON]) { type highlight node { id ... on Person { name } } } }`);
    expect(data.search[0]).toMatchObject({ type: 'PERSON', node: { id: 'person:sergey-lavrov', name: 'Sergey Lavrov' } });
  });

  it('escapes what users type, and answers bad Lucene syntax with BAD_USER_INPUT when Lucene was asked for', async () => {
    const typed = await fixture.server.query(`{ search(query: "NATO-Russia (council") { type } }`);
    expect(typed.errors).toBeUndefined();
    expect(typed.data.search.length).toBeGreaterThan(0);
    const lucene = await fixture.server.query(`{ search(query: "NATO AND (", lucene: true) { type } }`);
    expect(lucene.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const phrase = await fixture.server.query(`{ search(query: "\\"empty and groundless\\"", lucene: true, types: [STATEMENT]) { node { ... on Statement { text } } } }`);
    expect(phrase.data.search.map((h: any) => h.node.text)).toContain('empty and groundless');
  });
});

describe('statementCounts', () => {
  it('answers which Russian officials spoke about NATO in February 2022, and how often', async () => {
    const { data } = await fixture.server.query(`{ statementCounts(by: SPEAKER, where: { organizationId: "organization:russia", mentions: "organization:nato", saidFrom: "2022-02-01", saidTo: "2022-02-28" }) { key label count } }`);
    expect(data.statementCounts).toEqual([{ key: 'person:sergey-lavrov', label: 'Sergey Lavrov', count: expect.any(Number) }]);
    const { data: check } = await fixture.server.query(`{ statements(where: { speakerId: "person:sergey-lavrov", mentions: "organization:nato", saidTo: "2022-02-28" }) { totalCount } }`);
    expect(data.statementCounts[0].count).toBe(check.statements.totalCount);
  });

  it('gives a time series by month, oldest first, and counts per publisher', async () => {
    const { data } = await fixture.server.query(`{ months: statementCounts(by: MONTH) { key count } publishers: statementCounts(by: PUBLISHER) { label count } all: statements { totalCount } }`);
    expect(data.months.map((m: any) => m.key)).toEqual(['2022-02', '2022-03']);
    expect(data.months.reduce((n: number, m: any) => n + m.count, 0)).toBe(data.all.totalCount);
    expect(data.publishers.map((p: any) => p.label)).toEqual(['TASS', 'Example Wire']);
  });

  it('counts by office and organization, largest first', async () => {
    const { data } = await fixture.server.query(`{ offices: statementCounts(by: OFFICE) { key label count } orgs: statementCounts(by: ORGANIZATION) { label count } }`);
    expect(data.offices[0]).toMatchObject({ key: 'office:russia:minister-of-foreign-affairs', label: 'Minister of Foreign Affairs, Russia' });
    const counts = data.orgs.map((o: any) => o.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(data.orgs.map((o: any) => o.label)).toEqual(expect.arrayContaining(['Russia', 'Kremlin', 'Italy']));
  });
});

describe('path and neighborhood', () => {
  it('reads at most 5,000 relationships a level, and says so', async () => {
    const hub = syntheticArticle({ tag: 'hub', statements: 90, speaker: 'Hubert Vance' });
    await fixture.database.db.writeTransaction((tx) => writeArticleGraph(tx, hub));
    try {
      const { data } = await fixture.server.query(`{
        one: neighborhood(id: "person:hubert-vance", limit: 100) { nodes { id } truncated }
        two: neighborhood(id: "person:hubert-vance", depth: 2, limit: 100) { nodes { id } truncated } }`);
      // 90 statements and the article that mentions him: all of his neighbours, nothing left out
      expect(data.one).toMatchObject({ truncated: false });
      expect(data.one.nodes).toHaveLength(92);
      // no node has more than 100 neighbours, but the second level would read 91 nodes x 100:
      // only 50 of them are expanded
      expect(data.two.truncated).toBe(true);
    } finally {
      // the other tests of this file count the example graph
      await fixture.database.db.writeTransaction((tx) => tx.run('ingest/clearArticle', { articleId: hub.article.id }));
    }
  });

  it('finds how Peskov is connected to Di Maio', async () => {
    const { data, errors } = await fixture.server.query(`{ path(from: "person:dmitry-peskov", to: "person:luigi-di-maio") { nodes { id type label } edges { type source target } } }`);
    expect(errors).toBeUndefined();
    const { nodes, edges } = data.path;
    expect(nodes[0].id).toBe('person:dmitry-peskov');
    expect(nodes.at(-1).id).toBe('person:luigi-di-maio');
    expect(edges).toHaveLength(nodes.length - 1);
    expect(edges.length).toBeLessThanOrEqual(6);
    // each edge joins two consecutive nodes of the path
    edges.forEach((e: any, i: number) => expect([e.source, e.target].sort()).toEqual([nodes[i].id, nodes[i + 1].id].sort()));
    const short = await fixture.server.query(`{ path(from: "person:dmitry-peskov", to: "person:luigi-di-maio", maxHops: 1) { nodes { id } } }`);
    expect(short.data.path).toBeNull();
  });

  it('keeps a hub from returning the whole graph', async () => {
    const { data } = await fixture.server.query(`{
      one: neighborhood(id: "organization:russia", limit: 3) { nodes { id type } edges { source target } truncated }
      two: neighborhood(id: "organization:russia", depth: 2, limit: 3) { nodes { id } truncated } }`);
    expect(data.one.nodes.map((n: any) => n.id)).toContain('organization:russia');
    expect(data.one.nodes.length).toBeLessThanOrEqual(1 + 3);
    expect(data.one.truncated).toBe(true);
    expect(data.two.nodes.length).toBeGreaterThan(data.one.nodes.length);
    expect(data.two.nodes.length).toBeLessThanOrEqual(1 + 3 + 3 * 3);
    const ids = new Set(data.one.nodes.map((n: any) => n.id));
    for (const e of data.one.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for limits out of range', async () => {
    const missing = await fixture.server.query(`{ neighborhood(id: "person:nobody") { nodes { id } } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const deep = await fixture.server.query(`{ neighborhood(id: "organization:russia", depth: 9) { nodes { id } } }`);
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('JSON-LD', () => {
  it('describes a quoted statement as a schema.org Quotation with speaker, office and source', async () => {
    const { data } = await fixture.server.query(`{ statements(where: { text: "Definitely", kind: DIRECT }) { nodes { jsonLd } } }`);
    const doc = data.statements.nodes[0].jsonLd;
    expect(doc).toMatchObject({
      '@type': 'Quotation',
      dateCreated: '2022-02-17',
      spokenByCharacter: { '@type': 'Person', name: 'Sergey Lavrov', jobTitle: 'Minister of Foreign Affairs', worksFor: { name: 'Russia' }, sameAs: 'https://www.wikidata.org/wiki/Q150867' },
      appearance: [{ '@type': 'NewsArticle', datePublished: '2022-02-17', publisher: { name: 'TASS' } }],
    });
    expect(doc.text).toMatch(/^Definitely, it’s up to Russia/);
  });
});

describe('exports', () => {
  async function exported(format: ExportFormat, where: StatementWhere | null = null): Promise<{ text: string; count: number }> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const count = await exportTo(fixture.database.db, format, where, out);
    out.end();
    return { text: Buffer.concat(chunks).toString('utf8'), count };
  }

  it('writes JSON lines with speaker, office, date, article and span', async () => {
    const { text, count } = await exported('jsonl', { speakerName: 'Sergey Lavrov' });
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(count);
    const { data } = await fixture.server.query(`{ statements(where: { speakerName: "Sergey Lavrov" }) { totalCount } }`);
    expect(count).toBe(data.statements.totalCount);
    for (const line of lines) {
      expect(line.speaker).toMatchObject({ id: 'person:sergey-lavrov', type: 'Person' });
      expect(line.office).toMatchObject({ title: 'Minister of Foreign Affairs', organization: 'Russia' });
      expect(line.occurrences[0]).toMatchObject({ publisher: 'TASS', publishedAt: '2022-02-17', sourceId: 'tass-2022-02-17-lavrov' });
      expect(line.occurrences[0].end).toBeGreaterThan(line.occurrences[0].start);
    }
  });

  it('writes CSV, one row per occurrence, quoting where needed', async () => {
    const { text } = await exported('csv');
    const rows = text.trim().split('\n');
    expect(rows[0]).toBe('statement_id,text,kind,said_on,speaker_id,speaker,office,office_organization,on_behalf_of,article_id,source_id,article_title,publisher,published_at,url,start,end,cue,speaker_text,confidence');
    const { data } = await fixture.server.query(`{ statements(first: 100) { nodes { occurrences { start } } } }`);
    const occurrences = data.statements.nodes.reduce((n: number, s: any) => n + s.occurrences.length, 0);
    expect(rows).toHaveLength(occurrences + 1);
    expect(text).toContain('"Definitely, it’s up to Russia');
    expect(rows.filter((r) => r.includes(',tass-2022-02-17-lavrov,')).length).toBeGreaterThan(10);
  });

  it('writes GraphML that parses, with statements, speakers, offices and articles', async () => {
    const { text, count } = await exported('graphml');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text);
    const nodes: any[] = doc.graphml.graph.node;
    const edges: any[] = doc.graphml.graph.edge;
    const ids = new Set(nodes.map((n) => n['@_id']));
    expect(nodes.filter((n) => n.data.find((d: any) => d['@_key'] === 'type')['#text'] === 'Statement')).toHaveLength(count);
    for (const id of ['person:sergey-lavrov', 'office:russia:minister-of-foreign-affairs', 'organization:russia', 'group:eu-leaders']) expect(ids.has(id)).toBe(true);
    for (const e of edges) expect(ids.has(e['@_source']) && ids.has(e['@_target'])).toBe(true);
    const types = new Set(edges.map((e) => (Array.isArray(e.data) ? e.data[0] : e.data)['#text']));
    expect(types).toEqual(new Set(['SAID_BY', 'IN_CAPACITY_OF', 'OF', 'ON_BEHALF_OF', 'REPORTED_IN', 'EMBEDDED_IN']));
  });
});
