import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../db/executor.js';
import type { EntityRef, OfficeRef } from '../extract/types.js';
import { buildArticleGraph } from './graph.js';
import { writeReference } from './write.js';

/** Facts about people and offices that articles do not state: who held which office, and when. */
export interface ReferenceData {
  entities: EntityRef[];
  offices: Record<string, OfficeRef>;
  tenures: Array<{ person: string; office: string; start: string | null; end: string | null }>;
}

/** A reference file that does not hold together: a tenure names an office it does not define. */
export class ReferenceError extends Error {
  readonly code = 'REFERENCE_INVALID';
}

/** Writes reference data (entities, offices, dated tenures) in one transaction; idempotent. */
export async function loadReference(db: Executor, file: string): Promise<{ entities: number; tenures: number }> {
  const data = JSON.parse(await readFile(file, 'utf8')) as ReferenceData;
  const tenures = data.tenures.map((t) => {
    const office = data.offices[t.office];
    if (!office) throw new ReferenceError(`${file}: tenure of ${t.person} names office "${t.office}", which is not defined`);
    return { person: t.person, office, start: t.start, end: t.end, source: 'reference' };
  });
  const graph = buildArticleGraph('', { title: '', publisher: null, publishedAt: null, dateline: null, url: null, language: 'en' }, {
    statements: [],
    entities: data.entities,
    tenures,
    extractor: 'reference',
  });
  await db.writeTransaction((tx) => writeReference(tx, graph, { actor: 'example', file: path.basename(file) }));
  return { entities: graph.entities.length, tenures: graph.tenures.length };
}
