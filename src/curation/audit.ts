import type { Executor, TxRunner } from '../db/executor.js';

/** One write to the graph as the audit trail keeps it. */
export interface EditModel {
  id: string;
  sequence: number;
  at: string;
  actor: string;
  operation: string;
  reason: string | null;
  /** JSON text: what the changed objects were; null for what was created. */
  before: string | null;
  /** JSON text: what they became. */
  after: string | null;
  entityIds: string[];
  statementIds: string[];
  articleIds: string[];
}

/** What a write records: who and why, what it changed, and the ids of the nodes changed. */
export interface EditInput {
  actor: string;
  operation: string;
  reason?: string | null;
  before: unknown;
  after: unknown;
  entityIds?: readonly string[];
  statementIds?: readonly string[];
  articleIds?: readonly string[];
}

const unique = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])];

/**
 * Records an edit as the last statement of the caller's transaction: it lands with the write it
 * describes, or not at all. Its sequence number is taken under one counter's lock, held until commit.
 */
export async function recordEdit(tx: TxRunner, edit: EditInput): Promise<EditModel> {
  const [row] = await tx.run<{ edit: EditModel }>('audit/recordEdit', editParams(edit));
  return row!.edit;
}

/** Several edits as the last statement of the caller's transaction, numbered in the order given (a bulk ingest's articles). */
export async function recordEdits(tx: TxRunner, edits: readonly EditInput[]): Promise<void> {
  if (edits.length) await tx.run('audit/recordEdits', { edits: edits.map(editParams) });
}

function editParams(edit: EditInput) {
  return {
    actor: edit.actor,
    operation: edit.operation,
    reason: edit.reason ?? null,
    before: edit.before === null || edit.before === undefined ? null : JSON.stringify(edit.before),
    after: edit.after === null || edit.after === undefined ? null : JSON.stringify(edit.after),
    entityIds: unique(edit.entityIds),
    statementIds: unique(edit.statementIds),
    articleIds: unique(edit.articleIds),
  };
}

/** Which edits to list: those that changed one entity, statement or article, or all of them. */
export interface EditFilter {
  entityId?: string | null;
  statementId?: string | null;
  articleId?: string | null;
}

/** A page of edits in sequence order, after the sequence number `after` (0 for the start). */
export async function listEdits(db: Executor, filter: EditFilter, after: number, limit: number): Promise<EditModel[]> {
  const rows = await db.read<{ edit: EditModel }>('audit/listEdits', {
    entityId: filter.entityId ?? null,
    statementId: filter.statementId ?? null,
    articleId: filter.articleId ?? null,
    after,
    limit,
  });
  return rows.map((r) => r.edit);
}

/** One edit by id, or null. */
export async function getEdit(db: Executor, id: string): Promise<EditModel | null> {
  const [row] = await db.read<{ edit: EditModel }>('audit/getEditById', { id });
  return row?.edit ?? null;
}
