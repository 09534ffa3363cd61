import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Executor } from '../db/executor.js';
import { readDate } from '../extract/dates.js';
import type { EntityRef, TenureRef } from '../extract/types.js';
import { buildArticleGraph, type ArticleGraph } from './graph.js';
import { writeReference } from './write.js';

/**
 * Reference data from trusted sources: Popolo JSON (the EveryPolitician format: persons with other
 * names and identifiers, organizations, posts, memberships with dates) and CSV files of tenures
 * (person, office, organization, start, end, wikidata). A file is checked whole before anything is
 * written, then written in one transaction: nothing is half-imported.
 */

/** Why a reference file was refused; `rows` name the offending rows. */
export class ReferenceImportError extends Error {
  constructor(
    readonly code: 'REFERENCE_INVALID' | 'REFERENCE_CONFLICT',
    readonly reason: string,
    readonly rows: string[] = [],
  ) {
    super(rows.length ? `${reason}:\n  ${rows.join('\n  ')}` : reason);
  }
}

interface Tenure extends TenureRef {
  /** Where the row came from, for messages: "row 3" or "membership 12". */
  row: string;
}

export interface ReferenceRows {
  entities: EntityRef[];
  tenures: Tenure[];
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  entities: { total: number; new: number };
  offices: { total: number; new: number };
  tenures: { total: number; new: number };
}

type Json = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => Boolean(x) && typeof x === 'object') : []);

function wikidataOf(item: Json): string | undefined {
  const id = list(item.identifiers).find((i) => text(i.scheme)?.toLowerCase() === 'wikidata');
  const value = id ? text(id.identifier) : null;
  return value && /^Q\d+$/.test(value) ? value : undefined;
}

function day(value: unknown, row: string, field: string, problems: string[]): string | null {
  const raw = text(value);
  if (!raw) return null;
  // Popolo allows a year or a month alone: the start of that period is the best day to hold
  const padded = /^\d{4}$/.test(raw) ? `${raw}-01-01` : /^\d{4}-\d{2}$/.test(raw) ? `${raw}-01` : raw;
  const parsed = readDate(padded);
  if (!parsed) problems.push(`${row}: ${field} "${raw}" is not a date`);
  return parsed;
}

const ORGANIZATION_KINDS: Record<string, EntityRef['kind']> = {
  party: 'PARTY', 'political party': 'PARTY', country: 'COUNTRY', legislature: 'GOVERNMENT_BODY', executive: 'GOVERNMENT_BODY',
  government: 'GOVERNMENT_BODY', ministry: 'GOVERNMENT_BODY', chamber: 'GOVERNMENT_BODY', company: 'COMPANY', ngo: 'NGO', media: 'MEDIA',
};

/** Popolo persons or organizations by their id, with other names and Wikidata ids; bad items go to `problems`. */
function entitiesOf(items: Json[], what: string, problems: string[], typed: (item: Json) => Pick<EntityRef, 'type' | 'kind'>): Map<string, EntityRef> {
  const found = new Map<string, EntityRef>();
  for (const [i, item] of items.entries()) {
    const name = text(item.name);
    const id = text(item.id);
    if (!name || !id) {
      problems.push(`${what} ${i + 1}: needs an id and a name`);
      continue;
    }
    const aliases = list(item.other_names).map((o) => text(o.name)).filter((n): n is string => Boolean(n) && n !== name);
    found.set(id, { name, aliases, wikidataId: wikidataOf(item), ...typed(item) });
  }
  return found;
}

/** The persons, organizations and dated posts of a Popolo document. */
export function fromPopolo(doc: unknown): ReferenceRows {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ReferenceImportError('REFERENCE_INVALID', 'a Popolo file is a JSON object with persons, organizations and memberships');
  const root = doc as Json;
  const problems: string[] = [];
  const people = entitiesOf(list(root.persons), 'person', problems, () => ({ type: 'Person' }));
  const organizations = entitiesOf(list(root.organizations), 'organization', problems, (o) => ({
    type: 'Organization',
    kind: ORGANIZATION_KINDS[text(o.classification)?.toLowerCase() ?? ''] ?? 'OTHER',
  }));
  const posts = new Map(list(root.posts).map((p) => [text(p.id) ?? '', p]));
  const tenures: Tenure[] = [];
  for (const [i, m] of list(root.memberships).entries()) {
    const row = `membership ${i + 1}`;
    const person = people.get(text(m.person_id) ?? '');
    const post = posts.get(text(m.post_id) ?? '');
    const organization = organizations.get(text(post?.organization_id) ?? text(m.organization_id) ?? '');
    const title = text(post?.label) ?? text(m.role) ?? text(m.label);
    const officeWikidata = post ? wikidataOf(post) : undefined;
    if (!person) problems.push(`${row}: person "${text(m.person_id)}" is not among the persons`);
    if (!organization) problems.push(`${row}: organization "${text(post?.organization_id) ?? text(m.organization_id)}" is not among the organizations`);
    // a membership with no post or role (a party member) is no office
    if (!person || !organization || !title) continue;
    const start = day(m.start_date, row, 'start_date', problems);
    const end = day(m.end_date, row, 'end_date', problems);
    tenures.push({ row, person: person.name, office: { title, organization: organization.name, ...(officeWikidata ? { wikidataId: officeWikidata } : {}) }, start, end, source: 'reference' });
  }
  if (problems.length) throw new ReferenceImportError('REFERENCE_INVALID', 'the Popolo file does not hold together', problems);
  return { entities: [...people.values(), ...organizations.values()], tenures };
}

/**
 * The tenures of a CSV file with the columns person, office, organization, start, end and, optional,
 * wikidata (the person's item), office_wikidata and organization_wikidata.
 */
export function fromTenureCsv(csv: string): ReferenceRows {
  let records: Array<Record<string, string>>;
  try {
    // a row may leave off the optional columns at its end
    records = parseCsv(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, relax_column_count_less: true });
  } catch (error) {
    throw new ReferenceImportError('REFERENCE_INVALID', `not CSV: ${(error as Error).message}`);
  }
  const problems: string[] = [];
  const entities = new Map<string, EntityRef>();
  const tenures: Tenure[] = [];
  for (const [i, r] of records.entries()) {
    const row = `row ${i + 2}`;
    const [person, title, organization] = [text(r.person), text(r.office), text(r.organization)];
    if (!person || !title || !organization) {
      problems.push(`${row}: person, office and organization are all needed`);
      continue;
    }
    const [wikidataId, officeWikidata, organizationWikidata] = ['wikidata', 'office_wikidata', 'organization_wikidata'].map((column) => {
      const id = text(r[column]) ?? undefined;
      if (id && !/^Q\d+$/.test(id)) problems.push(`${row}: ${column} "${id}" is not a Wikidata item id (Q...)`);
      return id;
    });
    entities.set(`Person|${person}`, { name: person, type: 'Person', aliases: [], wikidataId: entities.get(`Person|${person}`)?.wikidataId ?? wikidataId });
    const knownOrganization = entities.get(`Organization|${organization}`);
    entities.set(`Organization|${organization}`, { name: organization, type: 'Organization', aliases: [], wikidataId: knownOrganization?.wikidataId ?? organizationWikidata });
    const office = { title, organization, ...(officeWikidata ? { wikidataId: officeWikidata } : {}) };
    tenures.push({ row, person, office, start: day(r.start, row, 'start', problems), end: day(r.end, row, 'end', problems), source: 'reference' });
  }
  if (problems.length) throw new ReferenceImportError('REFERENCE_INVALID', 'the CSV file has rows saidgraph cannot use', problems);
  return { entities: [...entities.values()], tenures };
}

/** Offices several people hold at once (seats); every other office has one holder a day. */
const SHARED_OFFICE = /^(member|senator|representative|councillor|councilor|deputy|mp|mep|msp|mla|mpp|minister without portfolio)\b/i;

/** Two holders of a single-holder office on one day: both rows, for the message. */
export function conflicts(tenures: Tenure[]): string[] {
  const found: string[] = [];
  const byOffice = new Map<string, Tenure[]>();
  for (const t of tenures) {
    if (SHARED_OFFICE.test(t.office.title)) continue;
    const key = `${t.office.organization}|${t.office.title}`.toLowerCase();
    byOffice.set(key, [...(byOffice.get(key) ?? []), t]);
  }
  for (const group of byOffice.values()) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const [x, y] = [group[a]!, group[b]!];
        if (x.person === y.person) continue;
        const overlap = (x.start ?? '0000') <= (y.end ?? '9999') && (y.start ?? '0000') <= (x.end ?? '9999');
        if (overlap) found.push(`${x.row} (${x.person}, ${x.start ?? '?'} to ${x.end ?? 'now'}) and ${y.row} (${y.person}, ${y.start ?? '?'} to ${y.end ?? 'now'}) both hold ${x.office.title} of ${x.office.organization}`);
      }
    }
  }
  return found;
}

/** Reads a Popolo .json or a tenure .csv file into rows, checked whole. */
export async function readReference(file: string): Promise<ReferenceRows> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch {
    throw new ReferenceImportError('REFERENCE_INVALID', `${file}: no such file`);
  }
  const ext = path.extname(file).toLowerCase();
  let rows: ReferenceRows;
  try {
    rows = readRows(file, ext, content);
  } catch (error) {
    if (error instanceof ReferenceImportError && !error.reason.startsWith(file)) throw new ReferenceImportError(error.code, `${file}: ${error.reason}`, error.rows);
    throw error;
  }
  const clashes = conflicts(rows.tenures);
  if (clashes.length) throw new ReferenceImportError('REFERENCE_CONFLICT', `${file}: two holders of a single-holder office on one day`, clashes);
  return rows;
}

function readRows(file: string, ext: string, content: string): ReferenceRows {
  let rows: ReferenceRows;
  if (ext === '.csv') rows = fromTenureCsv(content);
  else if (ext === '.json') {
    let doc: unknown;
    try {
      doc = JSON.parse(content);
    } catch (error) {
      throw new ReferenceImportError('REFERENCE_INVALID', `${file}: not JSON: ${(error as Error).message}`);
    }
    rows = fromPopolo(doc);
  } else throw new ReferenceImportError('REFERENCE_INVALID', `${file}: give a Popolo .json or a tenure .csv file`);
  return rows;
}

function graphOf(rows: ReferenceRows): Pick<ArticleGraph, 'entities' | 'offices' | 'tenures'> {
  // the organizations of offices come along as the graph of an article brings them
  return buildArticleGraph('', { title: '', publisher: null, publishedAt: null, dateline: null, url: null, language: 'en' }, {
    statements: [],
    entities: rows.entities,
    tenures: rows.tenures.map(({ row: _row, ...t }) => t),
    extractor: 'reference',
  });
}

/**
 * Imports one reference file in one transaction, or on a dry run says what it would change
 * (rows new to the graph against rows it holds already). Refused files change nothing.
 */
export async function importReference(db: Executor, file: string, options: { dryRun?: boolean; actor?: string } = {}): Promise<ImportReport> {
  const graph = graphOf(await readReference(file));
  const count = async () => {
    const [known] = await db.read<{ entities: number; offices: number; tenures: number }>('ingest/countKnownReference', {
      entityIds: graph.entities.map((e) => e.id),
      officeIds: graph.offices.map((o) => o.id),
      tenures: graph.tenures.map((t) => ({ personId: t.personId, officeId: t.officeId, start: t.start })),
    });
    return known!;
  };
  const known = await count();
  if (!options.dryRun) await db.writeTransaction((tx) => writeReference(tx, graph, { actor: options.actor ?? 'cli', file: path.basename(file) }));
  return {
    file,
    dryRun: options.dryRun ?? false,
    entities: { total: graph.entities.length, new: graph.entities.length - known.entities },
    offices: { total: graph.offices.length, new: graph.offices.length - known.offices },
    tenures: { total: graph.tenures.length, new: graph.tenures.length - known.tenures },
  };
}
