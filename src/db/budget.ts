import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';

/** Why a request's budget ended before its work did. */
export type AbortReason = 'timeout' | 'gone';

/**
 * What one request may spend on the database: a deadline that every transaction it runs inherits
 * as its Neo4j timeout, a cap on the sessions it holds at once (so one request cannot take the
 * pool), and a signal that ends its work when the deadline passes or the client goes away.
 */
export class RequestBudget {
  /** Tags the request's transactions (their metadata), so that they can be found and terminated. */
  readonly id = randomUUID();
  private readonly controller = new AbortController();
  private free: number;
  private readonly queue: Array<() => void> = [];
  private timer: NodeJS.Timeout | undefined;
  private opened = 0;
  private timeoutMs: number;
  /** When the request's time is up (epoch ms). */
  deadline: number;

  constructor(
    timeoutMs: number,
    sessions: number,
    private readonly onAbort: (budget: RequestBudget) => void = () => {},
  ) {
    this.free = sessions;
    this.timeoutMs = timeoutMs;
    this.deadline = Date.now() + timeoutMs;
    this.arm();
  }

  /** Starts the clock again with another allowance: a mutation, once known as one, gets the ingest deadline. */
  restart(timeoutMs: number): void {
    if (this.signal.aborted) return;
    this.timeoutMs = timeoutMs;
    this.deadline = Date.now() + timeoutMs;
    this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.abort('timeout'), this.timeoutMs);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether any transaction was started under this budget (only then is there anything to end). */
  get usedDatabase(): boolean {
    return this.opened > 0;
  }

  /** Ends the request's work: its waiting reads fail at once and its running transactions are ended. */
  abort(reason: AbortReason): void {
    if (this.controller.signal.aborted) return;
    clearTimeout(this.timer);
    this.controller.abort(reason);
    for (const wake of this.queue.splice(0)) wake();
    this.onAbort(this);
  }

  /** The request is answered: nothing more to watch. */
  finish(): void {
    clearTimeout(this.timer);
  }

  /** The error for work attempted after the budget ended. */
  error(): AppError {
    return this.controller.signal.reason === 'gone'
      ? new AppError('REQUEST_CANCELLED', 'the client closed the connection before the answer was ready')
      : new AppError('REQUEST_TIMEOUT', `the request took longer than its ${this.timeoutMs} ms deadline`, { details: { timeoutMs: this.timeoutMs } });
  }

  /** Milliseconds left, at least 1 (Neo4j reads a timeout of 0 as none). */
  remainingMs(): number {
    return Math.max(1, this.deadline - Date.now());
  }

  /** Waits for one of the request's sessions; resolves to the function that gives it back. */
  async acquire(): Promise<() => void> {
    while (this.free === 0) {
      if (this.signal.aborted) throw this.error();
      await new Promise<void>((resolve) => this.queue.push(resolve));
    }
    if (this.signal.aborted) throw this.error();
    this.free--;
    this.opened++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.free++;
      this.queue.shift()?.();
    };
  }
}
