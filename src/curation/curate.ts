import { randomUUID } from 'node:crypto';
import type { Executor, TxRunner } from '../db/executor.js';
import { AppError, badInput } from '../errors.js';
import { entityId } from '../ingest/ids.js';
import { recordEdit, type EditModel } from './audit.js';

/**
 * Curation: a person corrects what the machine got wrong. Each operation is one write transaction
 * that locks what it changes, checks the version the person read (a stale one is a CONFLICT and
 * changes nothing), writes, and records an edit with the state before and after. What a person set
 * is marked (`curated` fields, origin CURATED) so that ingestion and re-extraction leave it.
 */

/** Who curates and why: the key's name and the reason they gave. */
export interface Curator {
  actor: string;
  reason?: string | null;
}

export type SpeakerLabel = 'Person' | 'Organization' | 'Group' | 'Place';
const ENTITY_LABELS = ['Person', 'Organization', 'Group', 'Place', 'Office'] as const;
const SPEAKER_LABELS = ['Person', 'Organization', 'Group'];
const MAX_IDS = 100;

interface Locked {
  id: string;
  found: boolean;
  version: number | null;
  labels: string[];
  mergedInto: string | null;
}

/** "a Person", "an Office". */
const withArticle = (label: string) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
const labelOf = (labels: string[]) => ENTITY_LABELS.find((l) => labels.includes(l)) ?? null;

function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `no ${what} has the id "${id}"`, { details: { id } });
}

function conflict(what: string, id: string, given: number, current: number): AppError {
  return new AppError('CONFLICT', `the ${what} "${id}" is at version ${current}, not ${given}: read it again and redo the change`, {
    details: { id, version: given, currentVersion: current },
  });
}

function checkIds(ids: readonly string[], argument: string): void {
  if (!ids.length) throw badInput(`${argument} names no id`, { argument });
  if (ids.length > MAX_IDS) throw badInput(`${argument} takes at most ${MAX_IDS} ids`, { argument });
  if (new Set(ids).size !== ids.length) throw badInput(`${argument} names an id twice`, { argument });
}

/** Locks entities and returns them by id; a missing one is NOT_FOUND (a merged one says where it went). */
async function lockEntities(tx: TxRunner, ids: readonly string[]): Promise<Map<string, Locked & { label: (typeof ENTITY_LABELS)[number] }>> {
  const rows = await tx.run<Locked>('curation/lockEntities', { ids });
  const map = new Map<string, Locked & { label: (typeof ENTITY_LABELS)[number] }>();
  for (const row of rows) {
    if (!row.found) {
      if (row.mergedInto) {
        throw new AppError('NOT_FOUND', `"${row.id}" was merged into "${row.mergedInto}": curate that one`, { details: { id: row.id, mergedInto: row.mergedInto } });
      }
      throw notFound('entity', row.id);
    }
    map.set(row.id, { ...row, label: labelOf(row.labels)! });
  }
  return map;
}

function checkVersion(what: string, id: string, given: number, current: number | null): void {
  if (current !== given) throw conflict(what, id, given, current ?? 1);
}

async function entitySnapshots(tx: TxRunner, ids: readonly string[]): Promise<Record<string, unknown>> {
  const rows = await tx.run<{ id: string; snapshot: unknown }>('curation/entitySnapshot', { ids });
  return Object.fromEntries(rows.map((r) => [r.id, r.snapshot]));
}

async function statementSnapshots(tx: TxRunner, ids: readonly string[]): Promise<Record<string, unknown>> {
  const rows = await tx.run<{ id: string; snapshot: unknown }>('curation/statementSnapshot', { ids });
  return Object.fromEntries(rows.map((r) => [r.id, r.snapshot]));
}

// ---------------------------------------------------------------------------------------------
// entities

/** `mergeEntities`: `from` join `into`; their old ids answer with it. */
export function mergeEntities(db: Executor, curator: Curator, into: string, version: number, from: readonly string[]): Promise<{ id: string; edit: EditModel }> {
  checkIds(from, 'from');
  if (from.includes(into)) throw new AppError('MERGE_INTO_SELF', `"${into}" cannot be merged into itself`, { details: { id: into } });
  return db.writeTransaction(async (tx) => {
    const locked = await lockEntities(tx, [into, ...from]);
    const target = locked.get(into)!;
    checkVersion('entity', into, version, target.version);
    for (const id of from) {
      const other = locked.get(id)!;
      if (other.label !== target.label) {
        throw new AppError('TYPE_MISMATCH', `"${id}" is ${withArticle(other.label)} and "${into}" ${withArticle(target.label)}: change its type first (updateEntity)`, {
          details: { id, type: other.label, intoType: target.label },
        });
      }
    }
    const before = await entitySnapshots(tx, [into, ...from]);
    for (const id of from) await tx.run('curation/mergeEntity', { intoId: into, fromId: id });
    await tx.run('curation/bumpVersions', { ids: [into] });
    await tx.run('curation/refreshLatest', { ids: [into] });
    const after = await entitySnapshots(tx, [into]);
    const edit = await recordEdit(tx, { actor: curator.actor, reason: curator.reason, operation: 'mergeEntities', before, after, entityIds: [into, ...from] });
    return { id: into, edit };
  });
}

export interface EntityPatchInput {
  name?: string | null;
  aliases?: string[] | null;
  type?: SpeakerLabel | null;
  kind?: string | null;
  description?: string | null;
  wikidataId?: string | null;
}

/** The fields a patch gives (a field given as null removes it, where that makes sense). */
function patchFields(patch: EntityPatchInput): string[] {
  const fields = (Object.keys(patch) as Array<keyof EntityPatchInput>).filter((k) => patch[k] !== undefined);
  if (!fields.length) throw badInput('the patch changes nothing: give at least one field', { argument: 'input' });
  for (const f of ['name', 'aliases', 'type', 'kind'] as const) {
    if (fields.includes(f) && patch[f] === null) throw badInput(`input.${f} cannot be null`, { argument: `input.${f}` });
  }
  if (patch.name !== undefined && !patch.name?.trim()) throw badInput('input.name is empty', { argument: 'input.name' });
  if (patch.wikidataId && !/^Q[1-9]\d{0,11}$/.test(patch.wikidataId)) throw badInput('input.wikidataId must be a Wikidata item id such as Q42', { argument: 'input.wikidataId' });
  if (patch.aliases && patch.aliases.length > 100) throw badInput('input.aliases takes at most 100 names', { argument: 'input.aliases' });
  return fields;
}

/** `updateEntity`: name, aliases, type, kind, description, Wikidata id. */
export function updateEntity(db: Executor, curator: Curator, id: string, version: number, patch: EntityPatchInput): Promise<{ id: string; edit: EditModel }> {
  const fields = patchFields(patch);
  return db.writeTransaction(async (tx) => {
    const entity = (await lockEntities(tx, [id])).get(id)!;
    checkVersion('entity', id, version, entity.version);
    if (patch.type && entity.label === 'Office') throw new AppError('TYPE_MISMATCH', 'an office stays an office: its type cannot change', { details: { id, type: 'Office' } });
    if (patch.kind && (patch.type ?? entity.label) !== 'Organization') throw new AppError('TYPE_MISMATCH', 'only an organization has a kind', { details: { id } });
    const aliases = patch.aliases ? [...new Set(patch.aliases.map((a) => a.trim()).filter(Boolean))] : patch.aliases;
    const before = await entitySnapshots(tx, [id]);
    await tx.run('curation/updateEntity', {
      id,
      fields,
      patch: {
        name: patch.name?.trim() ?? null,
        aliases: aliases ?? null,
        type: patch.type ?? null,
        kind: patch.kind ?? (patch.type === 'Organization' ? 'OTHER' : null),
        description: patch.description ?? null,
        wikidataId: patch.wikidataId ?? null,
      },
    });
    if (patch.type === 'Organization' && !fields.includes('kind')) fields.push('kind');
    const after = await entitySnapshots(tx, [id]);
    const edit = await recordEdit(tx, { actor: curator.actor, reason: curator.reason, operation: 'updateEntity', before, after, entityIds: [id] });
    return { id, edit };
  });
}

/** Where the statements of a split go. */
export interface SplitTarget {
  id?: string | null;
  name?: string | null;
  type?: SpeakerLabel | null;
}

/** `splitEntity`: statements of `id` move to another entity, existing or new. */
export function splitEntity(
  db: Executor,
  curator: Curator,
  id: string,
  version: number,
  statementIds: readonly string[],
  target: SplitTarget,
): Promise<{ fromId: string; intoId: string; edit: EditModel }> {
  checkIds(statementIds, 'statementIds');
  if ((target.id == null) === (target.name == null)) throw badInput('into takes either the id of an existing entity or the name of a new one', { argument: 'into' });
  if (target.id === id) throw new AppError('MERGE_INTO_SELF', `statements of "${id}" cannot be split into "${id}"`, { details: { id } });
  if (target.name !== undefined && target.name !== null && !target.name.trim()) throw badInput('into.name is empty', { argument: 'into.name' });
  return db.writeTransaction(async (tx) => {
    const locked = await lockEntities(tx, target.id ? [id, target.id] : [id]);
    const source = locked.get(id)!;
    checkVersion('entity', id, version, source.version);
    const statements = await tx.run<{ id: string; found: boolean; speakerId: string | null }>('curation/lockStatements', { ids: statementIds });
    for (const s of statements) {
      if (!s.found) throw notFound('statement', s.id);
      if (s.speakerId !== id) {
        throw new AppError('NOT_THE_SPEAKER', `statement "${s.id}" is not attributed to "${id}"${s.speakerId ? ` but to "${s.speakerId}"` : ''}`, {
          details: { statementId: s.id, speakerId: s.speakerId },
        });
      }
    }
    let intoId: string;
    if (target.id) {
      const into = locked.get(target.id)!;
      if (!SPEAKER_LABELS.includes(into.label)) throw new AppError('TYPE_MISMATCH', `"${target.id}" is ${into.label === 'Office' ? 'an office' : 'a place'}, which does not speak`, { details: { id: target.id, type: into.label } });
      intoId = target.id;
    } else {
      const type = target.type ?? source.label;
      if (!SPEAKER_LABELS.includes(type)) throw new AppError('TYPE_MISMATCH', `a new ${type} cannot take statements: give into.type`, { details: { type } });
      const name = target.name!.trim();
      intoId = entityId(type as SpeakerLabel, name);
      const [taken] = await tx.run<Locked>('curation/lockEntities', { ids: [intoId] });
      if (taken?.found || taken?.mergedInto) {
        throw new AppError('ALREADY_EXISTS', `an entity "${name}" exists already ("${taken.mergedInto ?? intoId}"): pass its id as into.id, or give another name`, {
          details: { id: taken.mergedInto ?? intoId },
        });
      }
      await tx.run('curation/createEntity', { id: intoId, name, type });
    }
    const before = { ...(await entitySnapshots(tx, [id, intoId])), ...(await statementSnapshots(tx, statementIds)) };
    await tx.run('curation/setAttribution', { statementIds, fields: ['speaker'], speakerId: intoId, officeId: null, onBehalfOfId: null });
    await tx.run('curation/addMentions', { statementIds, entityId: intoId });
    await tx.run('curation/bumpVersions', { ids: target.id ? [id, intoId] : [id] });
    await tx.run('curation/refreshLatest', { ids: [id, intoId] });
    const after = { ...(await entitySnapshots(tx, [id, intoId])), ...(await statementSnapshots(tx, statementIds)) };
    const edit = await recordEdit(tx, { actor: curator.actor, reason: curator.reason, operation: 'splitEntity', before, after, entityIds: [id, intoId], statementIds });
    return { fromId: id, intoId, edit };
  });
}

// ---------------------------------------------------------------------------------------------
// statements

/** What `correctAttribution` sets: a key given as null removes that link (the speaker cannot be removed). */
export interface AttributionInput {
  speakerId?: string | null;
  officeId?: string | null;
  onBehalfOfId?: string | null;
}

/** `correctAttribution`: who said it, in which office, on whose behalf. */
export function correctAttribution(db: Executor, curator: Curator, statementId: string, version: number, input: AttributionInput): Promise<{ id: string; edit: EditModel }> {
  const fields = [
    ...(input.speakerId !== undefined ? ['speaker'] : []),
    ...(input.officeId !== undefined ? ['office'] : []),
    ...(input.onBehalfOfId !== undefined ? ['onBehalfOf'] : []),
  ];
  if (!fields.length) throw badInput('give at least one of speakerId, officeId and onBehalfOfId', { argument: 'speakerId' });
  if (input.speakerId === null) throw badInput('speakerId cannot be null: a statement keeps a speaker (give the right one)', { argument: 'speakerId' });
  return db.writeTransaction(async (tx) => {
    const [statement] = await tx.run<{ found: boolean; version: number | null; speakerId: string | null }>('curation/lockStatements', { ids: [statementId] });
    if (!statement?.found) throw notFound('statement', statementId);
    checkVersion('statement', statementId, version, statement.version);
    const linked = [input.speakerId, input.officeId, input.onBehalfOfId].filter((x): x is string => typeof x === 'string');
    const entities = linked.length ? await lockEntities(tx, [...new Set(linked)]) : new Map();
    const expect = (entity: string | null | undefined, labels: string[], argument: string) => {
      if (!entity) return;
      const label = entities.get(entity)!.label;
      if (!labels.includes(label)) throw new AppError('TYPE_MISMATCH', `${argument} "${entity}" is ${withArticle(label)}; it must be ${labels.join(' or ')}`, { details: { argument, id: entity, type: label } });
    };
    expect(input.speakerId, SPEAKER_LABELS, 'speakerId');
    expect(input.officeId, ['Office'], 'officeId');
    expect(input.onBehalfOfId, ['Organization'], 'onBehalfOfId');
    const before = await statementSnapshots(tx, [statementId]);
    await tx.run('curation/setAttribution', {
      statementIds: [statementId],
      fields,
      speakerId: input.speakerId ?? null,
      officeId: input.officeId ?? null,
      onBehalfOfId: input.onBehalfOfId ?? null,
    });
    const speakers = [statement.speakerId, input.speakerId].filter((x): x is string => Boolean(x));
    if (input.speakerId) await tx.run('curation/addMentions', { statementIds: [statementId], entityId: input.speakerId });
    await tx.run('curation/refreshLatest', { ids: [...new Set(speakers)] });
    const after = await statementSnapshots(tx, [statementId]);
    const edit = await recordEdit(tx, {
      actor: curator.actor,
      reason: curator.reason,
      operation: 'correctAttribution',
      before,
      after,
      statementIds: [statementId],
      entityIds: [...new Set([...speakers, ...linked])],
    });
    return { id: statementId, edit };
  });
}

// ---------------------------------------------------------------------------------------------
// tenures

interface TenureSnapshot {
  id: string;
  personId: string;
  officeId: string;
  removed: boolean;
}

async function tenureSnapshot(tx: TxRunner, id: string): Promise<TenureSnapshot> {
  const [row] = await tx.run<{ snapshot: TenureSnapshot }>('curation/tenureSnapshot', { id });
  return row!.snapshot;
}

function checkDates(start: string | null | undefined, end: string | null | undefined): void {
  for (const [name, value] of [['start', start], ['end', end]] as const) {
    if (value && Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw badInput(`${name} is not a date`, { argument: name });
  }
  if (start && end && end < start) throw badInput('end comes before start', { argument: 'end' });
}

export interface TenureFields {
  start?: string | null;
  end?: string | null;
  source?: string | null;
}

/** `addTenure`: a person held an office. */
export function addTenure(db: Executor, curator: Curator, input: TenureFields & { personId: string; officeId: string }): Promise<{ id: string; edit: EditModel }> {
  checkDates(input.start, input.end);
  return db.writeTransaction(async (tx) => {
    const locked = await lockEntities(tx, [input.personId, input.officeId]);
    if (locked.get(input.personId)!.label !== 'Person') throw new AppError('TYPE_MISMATCH', `"${input.personId}" is not a person`, { details: { id: input.personId } });
    if (locked.get(input.officeId)!.label !== 'Office') throw new AppError('TYPE_MISMATCH', `"${input.officeId}" is not an office`, { details: { id: input.officeId } });
    const [existing] = await tx.run<{ id: string }>('curation/findTenure', { personId: input.personId, officeId: input.officeId, start: input.start ?? null });
    if (existing) throw new AppError('ALREADY_EXISTS', `the person holds this office from that day already: tenure "${existing.id}" (updateTenure changes it)`, { details: { id: existing.id } });
    const id = `tenure:${randomUUID()}`;
    await tx.run('curation/addTenure', { id, personId: input.personId, officeId: input.officeId, start: input.start ?? null, end: input.end ?? null, source: input.source ?? 'curated' });
    await tx.run('curation/bumpVersions', { ids: [input.personId, input.officeId] });
    const after = await tenureSnapshot(tx, id);
    const edit = await recordEdit(tx, { actor: curator.actor, reason: curator.reason, operation: 'addTenure', before: null, after: { [id]: after }, entityIds: [input.personId, input.officeId] });
    return { id, edit };
  });
}

async function lockTenure(tx: TxRunner, id: string, version: number): Promise<{ personId: string; officeId: string }> {
  const [row] = await tx.run<{ version: number; personId: string; officeId: string }>('curation/lockTenure', { id });
  if (!row) throw notFound('tenure', id);
  checkVersion('tenure', id, version, row.version);
  return row;
}

/** `updateTenure`: its dates or its source. */
export function updateTenure(db: Executor, curator: Curator, id: string, version: number, patch: TenureFields): Promise<{ id: string; edit: EditModel }> {
  const fields = (['start', 'end', 'source'] as const).filter((f) => patch[f] !== undefined);
  if (!fields.length) throw badInput('the patch changes nothing: give start, end or source', { argument: 'input' });
  checkDates(patch.start, patch.end);
  return db.writeTransaction(async (tx) => {
    const tenure = await lockTenure(tx, id, version);
    const before = await tenureSnapshot(tx, id);
    await tx.run('curation/updateTenure', { id, fields, patch: { start: patch.start ?? null, end: patch.end ?? null, source: patch.source ?? null } });
    const after = await tenureSnapshot(tx, id);
    const edit = await recordEdit(tx, { actor: curator.actor, reason: curator.reason, operation: 'updateTenure', before: { [id]: before }, after: { [id]: after }, entityIds: [tenure.personId, tenure.officeId] });
    return { id, edit };
  });
}

/** `removeTenure`: kept aside so that ingestion does not bring it back. */
export function removeTenure(db: Executor, curator: Curator, id: string, version: number): Promise<{ id: string; edit: EditModel }> {
  return db.writeTransaction(async (tx) => {
    const tenure = await lockTenure(tx, id, version);
    const before = await tenureSnapshot(tx, id);
    await tx.run('curation/removeTenure', { id });
    await tx.run('curation/bumpVersions', { ids: [tenure.personId, tenure.officeId] });
    const after = await tenureSnapshot(tx, id);
    const edit = await recordEdit(tx, { actor: curator.actor, reason: curator.reason, operation: 'removeTenure', before: { [id]: before }, after: { [id]: after }, entityIds: [tenure.personId, tenure.officeId] });
    return { id, edit };
  });
}

// ---------------------------------------------------------------------------------------------
// articles

/** `retractArticle` and `restoreArticle`. */
export function setRetracted(
  db: Executor,
  curator: Curator,
  id: string,
  version: number,
  retract: boolean,
): Promise<{ id: string; affected: number; edit: EditModel }> {
  if (retract && !curator.reason?.trim()) throw badInput('a retraction needs a reason', { argument: 'reason' });
  return db.writeTransaction(async (tx) => {
    const [article] = await tx.run<{ version: number; retractedAt: string | null }>('curation/lockArticle', { id });
    if (!article) throw notFound('article', id);
    checkVersion('article', id, version, article.version);
    if (retract && article.retractedAt) throw new AppError('ALREADY_RETRACTED', `article "${id}" was retracted at ${article.retractedAt}`, { details: { id, retractedAt: article.retractedAt } });
    if (!retract && !article.retractedAt) throw new AppError('NOT_RETRACTED', `article "${id}" is not retracted`, { details: { id } });
    const [done] = await tx.run<{ statementIds: string[]; affected: number; speakerIds: string[] }>(retract ? 'curation/retractArticle' : 'curation/restoreArticle', {
      id,
      reason: curator.reason ?? null,
    });
    await tx.run('curation/refreshLatest', { ids: done!.speakerIds });
    const edit = await recordEdit(tx, {
      actor: curator.actor,
      reason: curator.reason,
      operation: retract ? 'retractArticle' : 'restoreArticle',
      before: { [id]: { retractedAt: article.retractedAt, version: article.version } },
      after: { [id]: { retracted: retract, version: article.version + 1, statementsAffected: done!.affected } },
      articleIds: [id],
      statementIds: done!.statementIds,
    });
    return { id, affected: done!.affected, edit };
  });
}
