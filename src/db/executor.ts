import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Result, type Session } from 'neo4j-driver';
import { AppError } from '../errors.js';
import { neo4jSessionsInUse } from '../telemetry/metrics.js';
import { inSpan, SpanKind, type Context } from '../telemetry/tracing.js';
import type { RequestBudget } from './budget.js';
import { DatabaseHealth } from './health.js';
import type { QueryName } from './queries.js';
import type { CypherRegistry } from './registry.js';
import { FULL_SHAPE, type RowShape } from './rowShape.js';
import { Specialiser } from './specialise.js';

export type Params = object;

/** Whether a statement's text reads `$shape`, looked up once per text (the texts are cypher/'s, a fixed set). */
const shapedTexts = new Map<string, boolean>();
function readsShape(text: string): boolean {
  let reads = shapedTexts.get(text);
  if (reads === undefined) shapedTexts.set(text, (reads = text.includes('$shape')));
  return reads;
}

/** The specialisations of cypher/'s templates, shared by every executor of the process. */
const SPECIALISER = new Specialiser();

/** A transaction's timeout and metadata (the driver does not export the type). */
type TransactionConfig = NonNullable<Parameters<Session['run']>[2]>;

/**
 * Runs a query and reads its rows as plain values, without the stack trace the driver captures for
 * it. The driver's Result takes `new Error().stack` for every query, to give an error from the
 * server the caller's stack: the frames of this file, formatted on every request whether it fails
 * or not (5% of the API's CPU serving a statement by id). The driver builds its Result
 * synchronously inside `run`, so the limit is lowered for that call alone. A failed query is still
 * traced to its statement (its span is named by the statement's file) and, in a request, to the
 * field that ran it (the error's path).
 */
async function rowsOf<T>(run: () => Result): Promise<T[]> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let result: Result;
  try {
    result = run();
  } finally {
    Error.stackTraceLimit = limit;
  }
  return (await result).records.map((record) => toPlain(record.toObject()) as T);
}

/** How long a read keeps retrying transient failures (a leader change, a lost connection). */
const READ_RETRY_MS = 3000;
export type Row = Record<string, unknown>;

/** Runs named statements inside one transaction (the ingest of an article is one). */
export interface TxRunner {
  run<T = Row>(name: QueryName, params?: Params): Promise<T[]>;
}

/** The bookmarks of one request: those it brought, and those its last write left. */
export interface RequestBookmarks {
  given: string[];
  last: string[];
}

/** Observes every statement run, e.g. to count statements per request in tests and benchmarks. */
export type QueryListener = (name: QueryName) => void;

/**
 * The one way saidgraph runs Cypher: named statements from the registry, in read or write
 * transactions with the driver's retries for transient errors, sessions closed in `finally`,
 * Neo4j values converted to plain JS, and driver failures mapped to codes.
 */
export class Executor {
  private readonly listeners: Set<QueryListener>;

  constructor(
    private readonly driver: Driver,
    private readonly registry: CypherRegistry,
    private readonly database: string,
    listeners: Iterable<QueryListener> = [],
    private readonly budget: RequestBudget | null = null,
    private readonly health: DatabaseHealth = new DatabaseHealth(driver, database, registry.get('db/ping')),
    private readonly traceParent: Context | null = null,
    // with a cluster, one per process: every session waits for the writes this process made before
    // it, so that a read on a follower sees them (a single server needs none, and it costs there)
    private readonly bookmarkManager: BookmarkManager | null = null,
    private readonly requestBookmarks: RequestBookmarks | null = null,
    // the parts of entity and statement rows this request reads (its `$shape`), known once Apollo
    // has the operation; whole rows outside a request
    private readonly rowShape: () => RowShape = () => FULL_SHAPE,
  ) {
    this.listeners = new Set(listeners);
  }

  /** An executor for a routing URI (`neo4j://`, a cluster or Aura): sessions chained by one bookmark manager. */
  static forCluster(driver: Driver, registry: CypherRegistry, database: string): Executor {
    return new Executor(driver, registry, database, [], null, undefined, null, neo4j.bookmarkManager());
  }

  private derive(changes: { listeners?: Iterable<QueryListener>; budget?: RequestBudget; traceParent?: Context; requestBookmarks?: RequestBookmarks; rowShape?: () => RowShape }): Executor {
    return new Executor(
      this.driver,
      this.registry,
      this.database,
      changes.listeners ?? this.listeners,
      changes.budget ?? this.budget,
      this.health,
      changes.traceParent ?? this.traceParent,
      this.bookmarkManager,
      changes.requestBookmarks ?? this.requestBookmarks,
      changes.rowShape ?? this.rowShape,
    );
  }

  /** The same executor reading rows in the shape `shape()` gives when a statement runs (`$shape`). */
  withRowShape(shape: () => RowShape): Executor {
    return this.derive({ rowShape: shape });
  }

  /**
   * The text and parameters sent for a statement: its switches (`CASE WHEN $shape.statement.text
   * THEN`) specialised to the request's row shape and the statement's own boolean parameters, and
   * only the parameters that text still reads (see specialise.ts).
   */
  private prepare(template: string, params: Params): { text: string; values: Record<string, unknown> } {
    const full = (readsShape(template) ? { ...params, shape: this.rowShape() } : params) as Record<string, unknown>;
    const { text, params: kept } = SPECIALISER.statement(template, full);
    return { text, values: toNeo4jParams(kept) as Record<string, unknown> };
  }

  /**
   * The same executor for a request that brought bookmarks (X-Saidgraph-Bookmark: what a client
   * got back from its last write, perhaps from another instance): its sessions start after them,
   * and its writes leave theirs in `bookmarks.last`.
   */
  withBookmarks(bookmarks: RequestBookmarks): Executor {
    return this.derive({ requestBookmarks: bookmarks });
  }

  /** The same executor with one more listener, for the length of one request. */
  withListener(listener: QueryListener): Executor {
    return this.derive({ listeners: [...this.listeners, listener] });
  }

  /** The same executor with its statements' spans under a request's operation span. */
  withTraceParent(parent: Context): Executor {
    return this.derive({ traceParent: parent });
  }

  /**
   * The same executor under a request's budget: every transaction takes the time left as its Neo4j
   * timeout, at most the budget's number of sessions are open at once, and nothing starts after it ends.
   */
  withBudget(budget: RequestBudget): Executor {
    return this.derive({ budget });
  }

  /**
   * Ends the transactions a request is running (it ran out of time or its client left); they are
   * found by the request id in their metadata. Failures are ignored: the transactions time out anyway.
   */
  async terminateRequest(requestId: string): Promise<number> {
    const session = this.driver.session({ database: this.database });
    try {
      const shown = await session.run(this.registry.get('db/requestTransactions'), { requestId });
      const ids = shown.records[0]?.get('ids') as string[] | undefined;
      if (!ids?.length) return 0;
      await session.run(this.registry.get('db/terminateTransactions'), { ids });
      return ids.length;
    } catch {
      return 0;
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a read-only statement; in a cluster it goes to a follower. It runs as an auto-commit
   * query: one exchange with the server instead of begin, run and commit, which halves the latency
   * of the short reads the API makes. Transient failures are retried here, as executeRead would.
   */
  read<T = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    return this.traced(name, () => this.readWithRetries<T>(name, params));
  }

  private async readWithRetries<T>(name: QueryName, params: Params): Promise<T[]> {
    for (const listener of this.listeners) listener(name);
    const { text, values } = this.prepare(this.registry.get(name), params);
    const deadline = Math.min(Date.now() + READ_RETRY_MS, this.budget?.deadline ?? Infinity);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.withSession('READ', (s, config) => rowsOf<T>(() => s.run(text, values, config)));
      } catch (error) {
        const cause = (error as { originalError?: unknown }).originalError ?? error;
        // Neo4j calls a query over its memory limit transient, but the same query fails the same way again
        if (!neo4j.isRetriableError(cause as Error) || isOutOfMemory((cause as { code?: unknown }).code) || Date.now() > deadline || this.budget?.signal.aborted) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      }
    }
  }

  /** Runs one write statement in its own transaction. */
  write<T = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    return this.withSession('WRITE', (s, config) => s.executeWrite((tx) => this.runIn<T>(tx, name, params), config));
  }

  /** Runs several read statements in one transaction, so that they see one state of the graph. */
  readTransaction<R>(work: (tx: TxRunner) => Promise<R>): Promise<R> {
    return this.withSession('READ', (s, config) =>
      s.executeRead((tx) => work({ run: <T = Row>(name: QueryName, params: Params = {}) => this.runIn<T>(tx, name, params) }), config),
    );
  }

  /** Runs several statements in one write transaction: all of them land, or none. */
  writeTransaction<R>(work: (tx: TxRunner) => Promise<R>): Promise<R> {
    return this.withSession('WRITE', (s, config) =>
      s.executeWrite((tx) => work({ run: <T = Row>(name: QueryName, params: Params = {}) => this.runIn<T>(tx, name, params) }), config),
    );
  }

  /**
   * Runs a named statement in an auto-commit transaction: for schema commands and for
   * `CALL { } IN TRANSACTIONS`, which cannot run inside a managed transaction.
   */
  autoCommit<T = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    for (const listener of this.listeners) listener(name);
    return this.traced(name, () => this.runText<T>(this.registry.get(name), params));
  }

  /** Applies a migration from cypher/migrations (schema commands run outside managed transactions). */
  runMigration(text: string): Promise<Row[]> {
    return this.runText(text, {});
  }

  /** Runs `EXPLAIN` on a registered statement: the database plans it without running it. */
  async explain(name: QueryName): Promise<void> {
    await this.runText(`EXPLAIN ${this.registry.get(name)}`, {});
  }

  private runText<T>(text: string, params: Params): Promise<T[]> {
    const prepared = this.prepare(text, params);
    return this.withSession('WRITE', (s, config) => rowsOf<T>(() => s.run(prepared.text, prepared.values, config)));
  }

  /** Listens to every statement run; returns the function that stops listening. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private runIn<T>(tx: ManagedTransaction, name: QueryName, params: Params): Promise<T[]> {
    for (const listener of this.listeners) listener(name);
    return this.traced(name, () => {
      const { text, values } = this.prepare(this.registry.get(name), params);
      return rowsOf<T>(() => tx.run(text, values));
    });
  }

  /** A span for one Cypher statement, named by its file, under the request's operation when there is one. */
  private traced<R>(name: QueryName, work: () => Promise<R>): Promise<R> {
    const attributes = { 'db.system.name': 'neo4j', 'db.namespace': this.database, 'db.query.summary': name, 'saidgraph.cypher.file': `cypher/${name}.cypher` };
    return inSpan(`cypher ${name}`, { kind: SpanKind.CLIENT, attributes, parent: this.traceParent }, work);
  }

  private async withSession<R>(mode: 'READ' | 'WRITE', work: (session: Session, config: TransactionConfig) => Promise<R>): Promise<R> {
    if (!this.health.available) throw unavailable();
    const budget = this.budget;
    const release = budget ? await budget.acquire() : () => {};
    const accessMode = mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE;
    const given = this.requestBookmarks?.given;
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: accessMode,
      ...(this.bookmarkManager ? { bookmarkManager: this.bookmarkManager } : {}),
      ...(given?.length ? { bookmarks: given } : {}),
    });
    neo4jSessionsInUse.inc();
    try {
      const config: TransactionConfig = budget ? { timeout: budget.remainingMs(), metadata: { saidgraphRequest: budget.id } } : {};
      const result = await work(session, config);
      if (mode === 'WRITE' && this.requestBookmarks) this.requestBookmarks.last = session.lastBookmarks();
      return result;
    } catch (error) {
      const mapped = budget?.signal.aborted ? budget.error() : mapNeo4jError(error);
      if (mapped instanceof AppError && mapped.code === 'DATABASE_UNAVAILABLE') this.health.markDown();
      throw mapped;
    } finally {
      await session.close();
      neo4jSessionsInUse.dec();
      release();
    }
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthenticationRateLimit']);
const TIMED_OUT = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/** Neo4j refused a query the memory it asked for (its own limit per query, or the heap). */
function isOutOfMemory(code: unknown): boolean {
  return code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || code === 'Neo.TransientError.General.OutOfMemoryError';
}

/** Whether a failure comes from Lucene reading a full-text query (syntax, too many clauses). */
function isLuceneFailure(message: string): boolean {
  return /org\.apache\.lucene|ParseException|Cannot parse|Lexical error|TooManyClauses|maxClauseCount/i.test(message);
}

function unavailable(cause?: unknown): AppError {
  return new AppError('DATABASE_UNAVAILABLE', 'The graph database cannot be reached; try again shortly.', { cause, details: { retryAfter: 5 } });
}

/** Maps the driver's failures to errors with a stable code; anything else passes through. */
export function mapNeo4jError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (typeof code === 'string' && (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable'))) {
    return unavailable(error);
  }
  if (/acquisition timed out/i.test(message)) {
    return new AppError('DATABASE_BUSY', 'Every database connection is in use; try again shortly.', { cause: error, details: { retryAfter: 1 } });
  }
  if (typeof code === 'string' && TIMED_OUT.has(code)) {
    return new AppError('REQUEST_TIMEOUT', 'the database work of this request took longer than its deadline', { cause: error });
  }
  if (isOutOfMemory(code)) {
    return new AppError('DATABASE_BUSY', 'The database has no memory for this query now; ask for less or try again shortly.', { cause: error, details: { retryAfter: 5 } });
  }
  if (code === 'Neo.ClientError.Transaction.InvalidBookmark' || code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
    return new AppError('BAD_USER_INPUT', 'X-Saidgraph-Bookmark holds no bookmark of this database: send back the one a write of this API returned', { cause: error, details: { argument: 'X-Saidgraph-Bookmark' } });
  }
  if (code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
    return new AppError('DATABASE_BUSY', 'the database has not yet caught up with the bookmark given; try again shortly', { cause: error, details: { retryAfter: 1 } });
  }
  if (isLuceneFailure(message)) {
    return new AppError('BAD_USER_INPUT', 'the search text cannot be read as a full-text (Lucene) query', { cause: error });
  }
  return error;
}

/**
 * JavaScript has one number type; Cypher tells integers from floats (LIMIT takes only integers, and
 * offsets should be stored as integers), so whole numbers are sent as Neo4j integers.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  // a driver value (an Integer, a Date, a DateTime) goes as it is: only maps are walked
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toNeo4jParams(inner);
  return out;
}

/** Converts Neo4j temporal values and nested structures into plain JSON-able values. */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // maps, by far the most common, come as plain objects: no need to test them for Neo4j types
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return temporalToString(value);
  if (neo4j.isDuration(value) || neo4j.isTime(value) || neo4j.isLocalTime(value)) return value.toString();
  if (neo4j.isInt(value)) return value.toNumber();
  const node = value as { properties?: unknown; labels?: unknown; identity?: unknown };
  if (node.properties && (node.labels || node.identity !== undefined)) return toPlain(node.properties);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = toPlain(value[key]);
  return out;
}

function temporalToString(value: { toString(): string }): string {
  const text = value.toString();
  // DateTime with a zone offset prints as +00:00; Z is what JavaScript and most clients expect.
  return text.replace(/\+00:00$/, 'Z');
}
