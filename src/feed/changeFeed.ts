import type { Executor } from '../db/executor.js';
import type { StatementFilter } from '../modules/statement/statement.repository.js';

/** One statement added to the graph, as the change feed delivers it. */
export interface StatementEventModel {
  sequence: number;
  at: string;
  operation: string;
  statementId: string;
  articleId: string | null;
}

/** How many edits one read of the feed covers. */
const WINDOW = 100;

/** The sequence number of the last committed edit (0 before any). */
export async function latestSequence(db: Executor): Promise<number> {
  const [row] = await db.read<{ sequence: number }>('feed/latestSequence');
  return row?.sequence ?? 0;
}

/**
 * The statements that the edits after `cursor` added and `filter` passes, reading at most a
 * window of edits and none past `latest`; `through` is the last edit read, the next cursor.
 */
export async function eventsAfter(db: Executor, filter: StatementFilter, cursor: number, latest: number): Promise<{ events: StatementEventModel[]; through: number }> {
  const through = Math.min(latest, cursor + WINDOW);
  if (through <= cursor) return { events: [], through: cursor };
  const events = await db.read<StatementEventModel>('feed/statementEvents', { ...filter, since: cursor, through, edits: WINDOW });
  return { events, through };
}

/**
 * The change feed, read from the audit trail in the database: edits are numbered by one counter in
 * commit order, so a reader that has seen the counter at n can read every edit up to n, and a
 * consumer that resumes after n misses none. One poll of the counter per interval serves every
 * subscriber of this process, and only while there are subscribers; each subscriber then reads the
 * statements of the new edits that pass its filter.
 */
export class ChangeFeed {
  private latest = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly waiting = new Set<() => void>();
  private subscribers = 0;

  constructor(
    private readonly db: Executor,
    private readonly intervalMs = 200,
  ) {}

  /** The sequence number of the last committed edit. */
  async latestSequence(): Promise<number> {
    this.latest = Math.max(this.latest, await latestSequence(this.db));
    return this.latest;
  }

  /**
   * The statements added after `since` (or, without it, from now on) that pass `filter`, in commit
   * order, until `signal` aborts.
   */
  async *statements(filter: StatementFilter, since: number | null, signal: AbortSignal): AsyncGenerator<StatementEventModel> {
    this.subscribed(+1);
    try {
      let cursor = since ?? (await this.latestSequence());
      while (!signal.aborted) {
        if (this.latest <= cursor) {
          await this.nextChange(signal);
          continue;
        }
        const { events, through } = await eventsAfter(this.db, filter, cursor, this.latest);
        for (const event of events) {
          if (signal.aborted) return;
          yield event;
        }
        cursor = through;
      }
    } finally {
      this.subscribed(-1);
    }
  }

  /** Stops polling (the subscribers' generators end with their signals). */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const wake of this.waiting) wake();
  }

  private subscribed(delta: number): void {
    this.subscribers += delta;
    if (this.subscribers > 0 && !this.timer) {
      this.timer = setInterval(() => void this.poll(), this.intervalMs);
      this.timer.unref();
    } else if (this.subscribers === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private async poll(): Promise<void> {
    const before = this.latest;
    try {
      await this.latestSequence();
    } catch {
      return; // the database is away: the next poll tries again, and subscribers wait
    }
    if (this.latest > before) for (const wake of [...this.waiting]) wake();
  }

  private nextChange(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.waiting.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.waiting.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
