import type { TxRunner } from '../db/executor.js';
import type { EntityRef, EntityType, Extraction } from '../extract/types.js';
import type { IdFor } from './graph.js';
import { entityId, officeId, slug } from './ids.js';

interface Candidate {
  key: string;
  id: string;
  name: string;
  exact: boolean;
  officeIds: string[];
  statements: number;
}

export interface GraphResolution {
  idFor: IdFor;
  /** People of the article the graph did not know before. */
  newPeople: string[];
}

const keyOf = (type: EntityType, name: string) => `${type}|${name}`;

function luceneQuery(names: string[]): string {
  return names.map((n) => `"${n.replace(/["\\]/g, ' ')}"`).join(' OR ');
}

/** The offices the article gives each speaker, by name, as graph office ids. */
function officesBySpeaker(extraction: Extraction): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const s of extraction.statements) {
    if (!s.speaker || !s.office) continue;
    const set = map.get(s.speaker.name) ?? new Set<string>();
    set.add(officeId(slug(s.office.organization), s.office.title));
    map.set(s.speaker.name, set);
  }
  return map;
}

/**
 * Picks the graph entity an article's entity is: an exact name first, then an alias ("Lavrov",
 * "Sergei Lavrov"); among several, the one that held or spoke in the office the article gives;
 * still several, none (the article's name stays a separate entity rather than a wrong merge).
 */
function choose(candidates: Candidate[], offices: Set<string> | undefined): Candidate | null {
  const exact = candidates.filter((c) => c.exact);
  const pool = exact.length ? exact : candidates;
  if (pool.length === 1) return pool[0]!;
  const byOffice = offices ? pool.filter((c) => c.officeIds.some((o) => offices.has(o))) : [];
  if (byOffice.length === 1) return byOffice[0]!;
  if (exact.length > 1) return [...exact].sort((a, b) => b.statements - a.statements)[0]!;
  return null;
}

/** Maps the entities of an extraction to those the graph already holds, inside the ingest transaction. */
export async function resolveAgainstGraph(tx: TxRunner, extraction: Extraction): Promise<GraphResolution> {
  const refs: EntityRef[] = extraction.entities.filter((e) => e.name.trim());
  const lookups = refs.map((e) => {
    const names = [...new Set([e.name, ...(e.aliases ?? [])])].filter((n) => n.trim());
    return { key: keyOf(e.type, e.name), label: e.type, keys: names.map((n) => n.toLowerCase()), query: luceneQuery(names) };
  });
  const rows = lookups.length ? await tx.run<Candidate>('ingest/findEntityCandidates', { lookups }) : [];
  const byKey = new Map<string, Candidate[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const offices = officesBySpeaker(extraction);
  const chosen = new Map<string, string>();
  const newPeople: string[] = [];
  for (const ref of refs) {
    const match = choose(byKey.get(keyOf(ref.type, ref.name)) ?? [], offices.get(ref.name));
    if (match) chosen.set(keyOf(ref.type, ref.name), match.id);
    else if (ref.type === 'Person') newPeople.push(ref.name);
  }
  return { idFor: (type, name) => chosen.get(keyOf(type, name)) ?? entityId(type, name), newPeople };
}
