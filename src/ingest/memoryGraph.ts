import type { QueryName } from '../db/queries.js';
import type { Params, TxRunner } from '../db/executor.js';
import { holdsPhrase, nameWords } from './batchCandidates.js';
import type { Candidate } from './identity.js';

/**
 * The graph of a first load, held in memory while `saidgraph ingest --import` reads its corpus,
 * then written as CSV for Neo4j's bulk importer (src/ingest/importCsv.ts).
 *
 * It answers the queries of the ingest write path (`ingest/*`, `audit/recordEdit*`) as the Cypher
 * of `cypher/` answers them on a database that began empty and that no person has edited: no
 * curated fields, no merges, no archived or retracted statements. So an article goes in through
 * the very code one transaction an article runs (src/ingest/ingest.ts): the same identity
 * decisions against the articles before it, the same ids, versions and edits. A query it does not
 * know fails, so that a change to the write path cannot pass it by unnoticed; the integration test
 * compares a graph imported with one ingested article by article, every node and relationship.
 *
 * Two things the database decides are not the same here: a name search keeps, of more than 30
 * entities whose names hold a word, the first 30 written (Lucene keeps the 30 best scored), and
 * a candidate's publishers, of more than 20, the first 20 seen.
 *
 * Every query runs inside `transaction`: an article that fails leaves nothing behind.
 */

/** A property value as the graph stores it: dates as `YYYY-MM-DD`, date-times as ISO text. */
export type Value = string | number | boolean | null | string[] | number[];
export type Props = Record<string, Value>;

export interface MemoryNode {
  labels: string[];
  props: Props;
}

export interface MemoryRel {
  type: string;
  from: string;
  to: string;
  /** What MERGE matched it on: its start and end (an occurrence), its start (a mention, a tenure), or nothing. */
  match: string;
  props: Props;
}

/**
 * What changed in a graph since its changes were last taken (MemoryGraph's `track`): what a first
 * load (src/ingest/firstLoad.ts) writes to Neo4j in its next transaction.
 */
export interface Changes {
  /** Nodes created or changed, by id (one an undo removed is no longer in the graph). */
  nodes: Set<string>;
  /** Relationships linked (made, or put back by an undo) and not unlinked since. */
  linked: Set<MemoryRel>;
  /** Relationships unlinked (deleted, or undone) and not linked again since. */
  unlinked: Set<MemoryRel>;
  /** Relationships whose properties changed. */
  rels: Set<MemoryRel>;
}

const noChanges = (): Changes => ({ nodes: new Set(), linked: new Set(), unlinked: new Set(), rels: new Set() });

type Row = Record<string, unknown>;
type Query = (params: Row) => Row[];

const DAY_MS = 86_400_000;
const LATEST = 21;

/** Days since 1970 of a `YYYY-MM-DD` date, as duration.inDays(date('1970-01-01'), date(x)).days. */
export function daysOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** date(text) as Cypher reads a date: `YYYY-MM-DD`, or a failure like Cypher's. */
function date(text: unknown): string {
  const value = String(text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`Text cannot be parsed to a Date: "${value}"`);
  }
  return value;
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];
const str = (v: unknown): string => v as string;
const optional = <T>(v: unknown): T | null => (v === undefined ? null : (v as T));
/** A Cypher equality where null equals null (coalesce(a = b, a IS NULL AND b IS NULL)). */
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

export class MemoryGraph {
  readonly nodes = new Map<string, MemoryNode>();
  /** Relationships by the node they leave, and by the node they reach and their type. */
  private readonly out = new Map<string, MemoryRel[]>();
  private readonly into = new Map<string, Map<string, MemoryRel[]>>();
  #relationshipCount = 0;
  #editSequence = 0;

  get relationshipCount(): number {
    return this.#relationshipCount;
  }

  /** The value of the edit counter (`Sequence {name: 'edit'}`). */
  get editSequence(): number {
    return this.#editSequence;
  }
  private readonly byHash = new Map<string, string>();
  /** Entity ids by a word of their names (a superset: checked against the names when read). */
  private readonly words = new Map<string, Set<string>>();
  /** Entity ids in the order written: the order a name search keeps them in. */
  private readonly order = new Map<string, number>();
  /** Speakers whose latest statements are to be sorted again (see finish). */
  private readonly dirtySpeakers = new Set<string>();
  private journal: Array<() => void> | null = null;
  /** The properties of what the running transaction created: undoing it removes them whole, so their changes need no undo. */
  private readonly fresh = new Set<Props>();
  private readonly clock: () => string;
  /** The running transaction's time: Cypher's datetime() is one instant for a whole statement. */
  private instant: string | null = null;

  /** With `track`, what changes is noted for takeChanges (a first load's writes). */
  #changes: Changes | null;
  /** With `track`: whose properties each property map is, a node's id or a relationship. */
  private readonly owners = new Map<Props, string | MemoryRel>();

  constructor(clock: () => string = () => new Date().toISOString(), options: { track?: boolean } = {}) {
    this.clock = clock;
    this.#changes = options.track ? noChanges() : null;
  }

  /** What changed since the last call (or since the graph was made); only with `track`. Not inside a transaction. */
  takeChanges(): Changes {
    if (!this.#changes) throw new Error('this memory graph does not track its changes');
    if (this.journal) throw new Error('the changes of a running transaction are not taken');
    const taken = this.#changes;
    this.#changes = noChanges();
    return taken;
  }

  private touch(props: Props): void {
    if (!this.#changes) return;
    const owner = this.owners.get(props);
    if (typeof owner === 'string') this.#changes.nodes.add(owner);
    else if (owner) this.#changes.rels.add(owner);
  }

  private now(): string {
    return (this.instant ??= this.clock());
  }

  /** The ingest write path's view of this graph. */
  readonly tx: TxRunner = {
    run: async <T>(name: QueryName, params: Params = {}): Promise<T[]> => {
      const query = this.queries[name];
      if (!query) throw new Error(`the in-memory graph of an import does not answer ${name}`);
      return query(params as Row) as T[];
    },
  };

  /** Runs an article's write: when it throws, everything it changed is undone. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.journal) throw new Error('transactions do not nest');
    const journal: Array<() => void> = [];
    this.journal = journal;
    this.fresh.clear();
    this.instant = null;
    try {
      return await work();
    } catch (error) {
      for (const undo of journal.reverse()) undo();
      throw error;
    } finally {
      this.journal = null;
      this.fresh.clear();
      this.instant = null;
    }
  }

  /** Sorts the latest statements of the speakers written to (as updateLatestStatements.cypher leaves them). */
  finish(): void {
    for (const id of this.dirtySpeakers) {
      const speaker = this.nodes.get(id);
      if (!speaker) continue;
      const latest = this.incoming('SAID_BY', id)
        .map((r) => ({ id: r.from, key: this.nodes.get(r.from)!.props.newestFirst as number }))
        .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, LATEST);
      speaker.props.latestStatementIds = latest.map((e) => e.id);
      speaker.props.latestStatementKeys = latest.map((e) => e.key);
      this.touch(speaker.props);
    }
    this.dirtySpeakers.clear();
  }

  // ---- storage, with undo ------------------------------------------------------------------

  private record(undo: () => void): void {
    this.journal?.push(undo);
  }

  private set(props: Props, key: string, value: Value): void {
    if (this.#changes && !sameValue(props[key], value)) this.touch(props);
    if (!this.journal || this.fresh.has(props)) {
      props[key] = value;
      return;
    }
    const had = Object.prototype.hasOwnProperty.call(props, key);
    const old = props[key];
    props[key] = value;
    this.record(() => {
      if (had) props[key] = old!;
      else delete props[key];
    });
  }

  private createNode(id: string, labels: string[], props: Props): MemoryNode {
    const node: MemoryNode = { labels, props: { id, ...props } };
    this.fresh.add(node.props);
    this.nodes.set(id, node);
    if (this.#changes) {
      this.owners.set(node.props, id);
      this.#changes.nodes.add(id);
    }
    // (only entities are searched by name)
    if (labels.includes('Entity')) this.order.set(id, this.order.size);
    this.record(() => {
      this.nodes.delete(id);
      this.order.delete(id);
      this.owners.delete(node.props);
    });
    return node;
  }

  private addLabel(node: MemoryNode, label: string): void {
    if (node.labels.includes(label)) return;
    node.labels.push(label);
    this.touch(node.props);
    this.record(() => node.labels.splice(node.labels.indexOf(label), 1));
  }

  private index(id: string, names: Array<string | null | undefined>): void {
    for (const name of names) {
      for (const word of nameWords(name ?? '')) {
        const ids = this.words.get(word) ?? this.words.set(word, new Set()).get(word)!;
        ids.add(id);
      }
    }
  }

  /** A relationship MERGE finds or makes: its type, ends and the properties it matches on (a start, and an end). */
  private mergeRel(type: string, from: string, to: string, on: { start?: Value; end?: Value } = {}): { rel: MemoryRel; created: boolean } {
    const match = on.start === undefined ? '' : `${on.start}|${on.end ?? ''}`;
    const leaving = this.out.get(from);
    if (leaving) for (const r of leaving) if (r.type === type && r.to === to && r.match === match) return { rel: r, created: false };
    const rel: MemoryRel = { type, from, to, match, props: { ...on } as Props };
    this.fresh.add(rel.props);
    if (this.#changes) this.owners.set(rel.props, rel);
    this.link(rel);
    this.record(() => {
      this.unlink(rel);
      this.owners.delete(rel.props);
    });
    return { rel, created: true };
  }

  private link(rel: MemoryRel): void {
    (this.out.get(rel.from) ?? this.out.set(rel.from, []).get(rel.from)!).push(rel);
    const byType = this.into.get(rel.to) ?? this.into.set(rel.to, new Map()).get(rel.to)!;
    (byType.get(rel.type) ?? byType.set(rel.type, []).get(rel.type)!).push(rel);
    this.#relationshipCount++;
    this.#changes?.unlinked.delete(rel);
    this.#changes?.linked.add(rel);
  }

  private unlink(rel: MemoryRel): void {
    const leaving = this.out.get(rel.from)!;
    leaving.splice(leaving.lastIndexOf(rel), 1);
    const reaching = this.into.get(rel.to)!.get(rel.type)!;
    reaching.splice(reaching.lastIndexOf(rel), 1);
    this.#relationshipCount--;
    this.#changes?.linked.delete(rel);
    this.#changes?.unlinked.add(rel);
  }

  private deleteRel(rel: MemoryRel): void {
    this.unlink(rel);
    this.record(() => this.link(rel));
  }

  /** Every relationship, by the node it leaves. */
  *relationships(): IterableIterator<MemoryRel> {
    for (const leaving of this.out.values()) yield* leaving;
  }

  outgoing(type: string, from: string): MemoryRel[] {
    return (this.out.get(from) ?? []).filter((r) => r.type === type);
  }

  incoming(type: string, to: string): readonly MemoryRel[] {
    return this.into.get(to)?.get(type) ?? [];
  }

  private labelled(id: string, label: string): MemoryNode | undefined {
    const node = this.nodes.get(id);
    return node?.labels.includes(label) ? node : undefined;
  }

  // ---- the queries -------------------------------------------------------------------------

  private readonly queries: Partial<Record<QueryName, Query>> = {
    'ingest/claimArticles': (p) => (p.claims as Row[]).map((claim) => {
      const hash = str(claim.contentHash);
      const known = this.byHash.get(hash);
      if (!known) {
        const id = str(claim.articleId);
        this.createNode(id, ['Article'], { contentHash: hash, ingestedAt: this.now() });
        this.byHash.set(hash, id);
        this.record(() => this.byHash.delete(hash));
        return { contentHash: hash, created: true, id, url: null, title: null, publishedAt: null, dateline: null, sourceId: null, publisher: null, retractedAt: null };
      }
      const a = this.nodes.get(known)!.props;
      const publisher = this.outgoing('PUBLISHED_BY', known)[0];
      return {
        contentHash: hash, created: false, id: known, url: a.url ?? null, title: a.title ?? null, publishedAt: a.publishedAt ?? null, dateline: a.dateline ?? null,
        sourceId: a.sourceId ?? null, publisher: publisher ? this.nodes.get(publisher.to)!.props.name ?? null : null, retractedAt: null,
      };
    }),

    'ingest/findStatementsAtSpans': (p) =>
      this.incoming('REPORTED_IN', str(p.articleId)).map((r) => ({ id: r.from, start: r.props.start, end: r.props.end })),

    'ingest/findMerged': () => [],

    'ingest/findEntityNames': (p) => (p.lookups as Row[]).flatMap((row) => this.search(str(row.label), str(row.query)).map((id) => {
      const e = this.nodes.get(id)!.props;
      return { key: row.key, id, name: e.name ?? null, aliases: e.aliases ?? [] };
    })),

    'ingest/describeEntityCandidates': (p) => (p.rows as Row[]).flatMap((row) => {
      const id = str(row.id);
      return this.labelled(id, str(row.label)) && !id.includes('~') ? [{ key: row.key, ...this.candidate(id) }] : [];
    }),

    'ingest/findOfficeHolders': (p) => {
      const holders = new Map<string, Set<string>>();
      for (const lookup of p.lookups as Row[]) {
        const day = date(lookup.day);
        if (!this.labelled(str(lookup.officeId), 'Office')) continue;
        for (const h of this.incoming('HELD', str(lookup.officeId))) {
          if (!this.labelled(h.from, 'Person') || h.from.includes('~')) continue;
          if (str(h.props.start) <= day && (h.props.end === null || h.props.end === undefined || str(h.props.end) >= day)) {
            (holders.get(str(lookup.key)) ?? holders.set(str(lookup.key), new Set()).get(str(lookup.key))!).add(h.from);
          }
        }
      }
      return [...holders].map(([key, ids]) => ({ key, holders: [...ids] }));
    },

    'ingest/mergeEntities': (p) => [{ changed: (p.entities as Row[]).flatMap((row) => (this.mergeEntity(row) ? [str(row.id)] : [])) }],

    'ingest/mergeOffices': (p) => [{ changed: (p.offices as Row[]).flatMap((row) => (this.mergeOffice(row) ? [str(row.id)] : [])) }],

    'ingest/mergeTenures': (p) => [{ merged: (p.tenures as Row[]).filter((row) => this.mergeTenure(row)).length }],

    'ingest/mergeArticles': (p) => [{ merged: (p.articles as Row[]).map((row) => this.mergeArticle(row)).length }],

    'ingest/findExistingStatements': (p) => (p.ids as string[]).filter((id) => this.labelled(id, 'Statement')).map((id) => ({ id })),

    'ingest/createStatements': (p) => [{ created: (p.statements as Row[]).filter((row) => this.mergeStatement(row)).length }],
    'ingest/mergeStatements': (p) => [{ merged: (p.statements as Row[]).filter((row) => this.mergeStatement(row)).length }],

    'ingest/createMentions': (p) => [{ created: (p.mentions as Row[]).filter((row) => this.mergeMention(row)).length }],
    'ingest/mergeMentions': (p) => [{ merged: (p.mentions as Row[]).filter((row) => this.mergeMention(row)).length }],

    'ingest/updateLatestStatements': (p) => {
      for (const id of p.statementIds as string[]) {
        for (const r of this.outgoing('SAID_BY', id)) {
          if (this.dirtySpeakers.has(r.to)) continue;
          this.dirtySpeakers.add(r.to);
          this.record(() => this.dirtySpeakers.delete(r.to));
        }
      }
      return [{ updated: 0 }];
    },

    'ingest/linkEmbedded': (p) => {
      for (const row of p.links as Row[]) {
        if (this.labelled(str(row.innerId), 'Statement') && this.labelled(str(row.outerId), 'Statement')) this.mergeRel('EMBEDDED_IN', str(row.innerId), str(row.outerId));
      }
      return [{ merged: 0 }];
    },

    'ingest/mergeArticleMentions': (p) => {
      for (const row of p.rows as Row[]) {
        if (this.labelled(str(row.articleId), 'Article') && this.labelled(str(row.entityId), 'Entity')) this.mergeRel('MENTIONS', str(row.articleId), str(row.entityId));
      }
      return [{ merged: 0 }];
    },

    'audit/recordEdit': (p) => [{ edit: this.recordEdit(p) }],
    'audit/recordEdits': (p) => {
      for (const edit of p.edits as Row[]) this.recordEdit(edit);
      return [{ recorded: (p.edits as Row[]).length }];
    },
  };

  /** The entities of a label whose name, title or aliases hold one of the query's phrases (findEntityNames.cypher). */
  private search(label: string, query: string): string[] {
    const phrases = [...query.matchAll(/"([^"]*)"/g)].map((m) => nameWords(m[1]!)).filter((w) => w.length);
    const found = new Set<string>();
    for (const phrase of phrases) {
      for (const id of this.words.get(phrase[0]!) ?? []) {
        if (found.has(id) || id.includes('~')) continue;
        const node = this.labelled(id, label);
        if (!node) continue;
        const { name, title, aliasText } = node.props;
        if ([name, title, aliasText].some((text) => typeof text === 'string' && holdsPhrase(nameWords(text), phrase))) found.add(id);
      }
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!).slice(0, 30);
  }

  /** What a candidate is linked to (ingest/_candidate.cypher). */
  private candidate(id: string): Candidate {
    const e = this.nodes.get(id)!.props;
    const officeIds = new Set<string>();
    const organizationIds = new Set<string>();
    const publisherIds = new Set<string>();
    const tenures: Candidate['tenures'] = [];
    for (const h of this.outgoing('HELD', id)) {
      if (!this.labelled(h.to, 'Office')) continue;
      officeIds.add(h.to);
      for (const of of this.outgoing('OF', h.to)) {
        if (!this.labelled(of.to, 'Organization')) continue;
        organizationIds.add(of.to);
        tenures.push({ organizationId: of.to, startDay: daysOf(str(h.props.start)), endDay: h.props.end ? daysOf(str(h.props.end)) : null });
      }
    }
    let firstDay: number | null = null;
    let lastDay: number | null = null;
    for (const said of this.incoming('SAID_BY', id)) {
      const s = this.labelled(said.from, 'Statement');
      if (!s) continue;
      const day = s.props.saidOnDay as number | null | undefined;
      if (day !== null && day !== undefined) {
        firstDay = firstDay === null ? day : Math.min(firstDay, day);
        lastDay = lastDay === null ? day : Math.max(lastDay, day);
      }
      for (const c of this.outgoing('IN_CAPACITY_OF', said.from)) {
        if (!this.labelled(c.to, 'Office')) continue;
        officeIds.add(c.to);
        const of = this.outgoing('OF', c.to).filter((r) => this.labelled(r.to, 'Organization'));
        if (of.length) for (const r of of) organizationIds.add(r.to);
        else organizationIds.add(c.to);
      }
      for (const b of this.outgoing('ON_BEHALF_OF', said.from)) organizationIds.add(b.to);
      for (const r of this.outgoing('REPORTED_IN', said.from)) {
        for (const pub of this.outgoing('PUBLISHED_BY', r.to)) {
          if (publisherIds.size < 20 && this.labelled(pub.to, 'Organization')) publisherIds.add(pub.to);
        }
      }
    }
    return {
      id, name: e.name as string, aliases: (e.aliases as string[] | undefined) ?? [],
      officeIds: [...officeIds], organizationIds: [...organizationIds], publisherIds: [...publisherIds], firstDay, lastDay, tenures,
    };
  }

  /** mergeEntities.cypher for one row (uniqueRows made them one an id): whether it changed. */
  private mergeEntity(row: Row): boolean {
    const id = str(row.id);
    let node = this.nodes.get(id);
    if (!node || !node.labels.includes('Entity')) {
      node = this.createNode(id, ['Entity'], { name: str(row.name), nameKey: str(row.name).toLowerCase(), aliases: [], createdAt: this.now(), version: 0, curated: [] });
    }
    const e = node.props;
    const v0 = (e.version as number | undefined) ?? 1;
    const bump = () => this.set(e, 'version', ((e.version as number | undefined) ?? 1) + 1);
    if (!node.labels.includes(str(row.label))) {
      this.addLabel(node, str(row.label));
      bump();
    }
    const merged = [...((e.aliases as string[] | undefined) ?? []), ...(row.aliases as string[])].filter((a) => a !== e.name);
    const aliases = unique(merged);
    if (!(sameValue(aliases, (e.aliases as string[] | undefined) ?? []) && e.aliasText !== undefined && e.aliasText !== null)) {
      this.setAliases(id, e, aliases);
      bump();
    }
    const kind = optional<string>(row.kind) ?? (e.kind as string | null | undefined) ?? null;
    const description = (e.description as string | null | undefined) ?? optional<string>(row.description);
    const wikidataId = (e.wikidataId as string | null | undefined) ?? optional<string>(row.wikidataId);
    if (!(same(kind, e.kind) && same(description, e.description) && same(wikidataId, e.wikidataId))) {
      this.set(e, 'kind', kind);
      this.set(e, 'description', description);
      this.set(e, 'wikidataId', wikidataId);
      bump();
    }
    this.index(id, [e.name as string]);
    return e.version !== v0;
  }

  private setAliases(id: string, e: Props, aliases: string[]): void {
    this.set(e, 'aliases', aliases);
    this.set(e, 'aliasKeys', aliases.map((a) => a.toLowerCase()));
    this.set(e, 'aliasText', aliases.map((a) => `${a} | `).join(''));
    this.index(id, aliases);
  }

  /** mergeOffices.cypher for one row: whether it changed (an office of an organization the graph lacks is not written). */
  private mergeOffice(row: Row): boolean {
    const organizationId = str(row.organizationId);
    if (!this.labelled(organizationId, 'Organization')) return false;
    const id = str(row.id);
    let node = this.nodes.get(id);
    if (!node || !node.labels.includes('Entity')) {
      node = this.createNode(id, ['Entity', 'Office'], { title: str(row.title), titleKey: str(row.title).toLowerCase(), aliases: [], createdAt: this.now(), version: 0, curated: [] });
      this.index(id, [str(row.title)]);
    }
    const o = node.props;
    const v0 = (o.version as number | undefined) ?? 1;
    const bump = () => this.set(o, 'version', ((o.version as number | undefined) ?? 1) + 1);
    if (!((o.wikidataId ?? null) !== null || optional(row.wikidataId) === null)) {
      this.set(o, 'wikidataId', str(row.wikidataId));
      bump();
    }
    this.mergeRel('OF', id, organizationId);
    const aliases = unique([...((o.aliases as string[] | undefined) ?? []), ...(row.aliases as string[])].filter((a) => a !== o.title));
    if (!(sameValue(aliases, (o.aliases as string[] | undefined) ?? []) && o.aliasText !== undefined && o.aliasText !== null)) {
      this.setAliases(id, o, aliases);
      bump();
    }
    return o.version !== v0;
  }

  /** mergeTenures.cypher for one row. */
  private mergeTenure(row: Row): boolean {
    const personId = str(row.personId);
    const officeId = str(row.officeId);
    if (!this.labelled(personId, 'Person') || !this.labelled(officeId, 'Office')) return false;
    const start = row.start === null || row.start === undefined ? '0001-01-01' : date(row.start);
    const { rel, created } = this.mergeRel('HELD', personId, officeId, { start });
    const h = rel.props;
    if (created) {
      this.set(h, 'id', str(row.id));
      this.set(h, 'version', 0);
      this.set(h, 'origin', str(row.origin));
    }
    const end = row.end === null || row.end === undefined ? null : date(row.end);
    if (!((h.version as number) > 0 && same(h.end, end) && h.source !== undefined && h.source !== null)) {
      this.set(h, 'end', end);
      this.set(h, 'source', (h.source as string | null | undefined) ?? optional<string>(row.source));
      this.set(h, 'version', (h.version as number) + 1);
    }
    return true;
  }

  /** mergeArticles.cypher for one row. */
  private mergeArticle(row: Row): void {
    const id = str(row.id);
    const node = this.nodes.get(id) ?? this.createNode(id, ['Article'], { ingestedAt: this.now() });
    const a = node.props;
    const publishedAt = row.publishedAt === null || row.publishedAt === undefined ? null : date(row.publishedAt);
    this.set(a, 'url', optional<string>(row.url) ?? (a.url as string | null | undefined) ?? null);
    this.set(a, 'title', row.title === '' ? ((a.title as string | null | undefined) ?? '') : optional<string>(row.title));
    this.set(a, 'publishedAt', publishedAt === null ? ((a.publishedAt as string | undefined) ?? null) : publishedAt);
    this.set(a, 'publishedDay', publishedAt === null ? ((a.publishedDay as number | undefined) ?? null) : daysOf(publishedAt));
    this.set(a, 'dateline', optional<string>(row.dateline) ?? (a.dateline as string | null | undefined) ?? null);
    this.set(a, 'sourceId', optional<string>(row.sourceId) ?? (a.sourceId as string | null | undefined) ?? null);
    this.set(a, 'extractorVersion', optional<string>(row.extractorVersion));
    this.set(a, 'language', optional<string>(row.language));
    this.set(a, 'contentHash', optional<string>(row.contentHash));
    this.set(a, 'text', optional<string>(row.text));
    this.set(a, 'version', ((a.version as number | undefined) ?? 0) + 1);
    const publisherId = optional<string>(row.publisherId);
    if (publisherId !== null && this.labelled(publisherId, 'Organization')) {
      for (const old of this.outgoing('PUBLISHED_BY', id)) if (old.to !== publisherId) this.deleteRel(old);
      this.mergeRel('PUBLISHED_BY', id, publisherId);
    }
  }

  /** mergeStatements.cypher (and createStatements.cypher, the same for a new id) for one row. */
  private mergeStatement(row: Row): boolean {
    const articleId = str(row.articleId);
    if (!this.labelled(articleId, 'Article')) return false;
    const occurrence = row.occurrence as Row;
    const start = occurrence.start as number;
    const saidOn = row.saidOn === null || row.saidOn === undefined ? null : date(row.saidOn);
    const day = saidOn === null ? null : daysOf(saidOn);
    const id = str(row.id);
    let node = this.labelled(id, 'Statement');
    if (!node) {
      node = this.createNode(id, ['Statement'], {
        text: str(row.text), kind: str(row.kind), saidOn, saidOnDay: day, language: optional<string>(row.language), textHash: optional<string>(row.textHash),
        confidence: row.confidence as number, position: start,
        newestFirst: (day === null ? 100_000_000 : -day) * 10_000_000 + start,
        oldestFirst: (day === null ? 100_000_000 : day) * 10_000_000 + start,
        createdAt: this.now(), version: 1, curated: [],
      });
    }
    const s = node.props;
    if (saidOn !== null && day !== null && (s.saidOn === null || s.saidOn === undefined || saidOn < str(s.saidOn))) {
      this.set(s, 'saidOn', saidOn);
      this.set(s, 'saidOnDay', day);
      this.set(s, 'newestFirst', -day * 10_000_000 + start);
      this.set(s, 'oldestFirst', day * 10_000_000 + start);
    }
    const reported = this.mergeRel('REPORTED_IN', id, articleId, { start, end: occurrence.end as number }).rel.props;
    for (const key of ['quote', 'cue', 'speakerText', 'speakerStart', 'speakerEnd', 'extractor'] as const) this.set(reported, key, optional<Value>(occurrence[key]));
    const speakerId = optional<string>(row.speakerId);
    if (speakerId !== null && this.labelled(speakerId, 'Entity')) {
      const said = this.mergeRel('SAID_BY', id, speakerId).rel.props;
      this.set(said, 'confidence', row.confidence as number);
      this.set(said, 'method', optional<string>(row.attributionMethod));
    }
    const officeId = optional<string>(row.officeId);
    if (officeId !== null && this.labelled(officeId, 'Office')) this.mergeRel('IN_CAPACITY_OF', id, officeId);
    const onBehalfOfId = optional<string>(row.onBehalfOfId);
    if (onBehalfOfId !== null && this.labelled(onBehalfOfId, 'Organization')) this.mergeRel('ON_BEHALF_OF', id, onBehalfOfId);
    return true;
  }

  /** mergeMentions.cypher for one row. */
  private mergeMention(row: Row): boolean {
    const statementId = str(row.statementId);
    const entityId = str(row.entityId);
    if (!this.labelled(statementId, 'Statement') || !this.labelled(entityId, 'Entity')) return false;
    this.set(this.mergeRel('MENTIONS', statementId, entityId, { start: row.start as number }).rel.props, 'end', row.end as number);
    return true;
  }

  /** recordEdit.cypher: the next number of the counter, the edit, and what it changed. */
  private recordEdit(p: Row): Row {
    const sequence = this.#editSequence + 1;
    const previous = this.#editSequence;
    this.#editSequence = sequence;
    this.record(() => (this.#editSequence = previous));
    const id = `edit:${sequence}`;
    const edit = this.createNode(id, ['Edit'], {
      sequence, at: this.now(), actor: str(p.actor), operation: str(p.operation), reason: optional<string>(p.reason),
      before: optional<string>(p.before), after: optional<string>(p.after),
      entityIds: p.entityIds as string[], statementIds: p.statementIds as string[], articleIds: p.articleIds as string[],
    });
    for (const entityId of p.entityIds as string[]) if (this.labelled(entityId, 'Entity')) this.mergeRel('CHANGED', id, entityId);
    for (const statementId of p.statementIds as string[]) if (this.labelled(statementId, 'Statement')) this.mergeRel('CHANGED', id, statementId);
    for (const articleId of p.articleIds as string[]) if (this.labelled(articleId, 'Article')) this.mergeRel('CHANGED', id, articleId);
    return edit.props;
  }
}

/** Whether a property keeps its value: lists item by item. */
function sameValue(a: Value | undefined, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

