import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import type { Logger } from '../logger.js';
import { toStatementFilter } from '../modules/statement/statement.service.js';
import { webhookDeadLetters, webhookDeliveries } from '../telemetry/metrics.js';
import { eventsAfter, latestSequence, type StatementEventModel } from './changeFeed.js';
import { DEFAULT_WEBHOOK_OPTIONS, signature, type WebhookConfig, type WebhookOptions } from './webhookConfig.js';

/**
 * Webhooks: the change feed POSTed to consumers that cannot hold a WebSocket. Each configured
 * webhook has a cursor in the database (the last edit it delivered) and a lease: one instance at a
 * time delivers it, so several instances deliver each edit once, and a restarted one goes on where
 * the cursor stands. An edit's statements go in one POST, signed with HMAC-SHA256 over
 * `<timestamp>.<body>` (`X-Saidgraph-Signature: t=<timestamp>,v1=<hex>`); a failure is retried with
 * exponential backoff, and after the last attempt the body becomes a dead letter (kept in the
 * database, counted) and delivery moves on.
 */
interface Delivery {
  sequence: number;
  body: string;
}

/** Delivers every configured webhook from this process, for as long as it runs. */
export class WebhookDispatcher {
  private readonly owner = `instance:${randomUUID()}`;
  private stopped = false;
  private readonly loops: Array<Promise<void>> = [];
  private readonly wake = new Set<() => void>();

  constructor(
    private readonly db: Executor,
    private readonly hooks: readonly WebhookConfig[],
    private readonly log: Logger,
    private readonly options: WebhookOptions = DEFAULT_WEBHOOK_OPTIONS,
  ) {}

  start(): void {
    for (const hook of this.hooks) this.loops.push(this.run(hook));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const wake of this.wake) wake();
    await Promise.all(this.loops);
    await Promise.all(this.hooks.map((hook) => this.db.write('webhook/release', { name: hook.name, owner: this.owner }).catch(() => undefined)));
  }

  private async run(hook: WebhookConfig): Promise<void> {
    const filter = toStatementFilter(hook.where ?? null);
    while (!this.stopped) {
      try {
        const latest = await latestSequence(this.db);
        const cursor = await this.claim(hook, hook.since ?? latest);
        if (cursor !== null) {
          const { events, through } = await eventsAfter(this.db, filter, cursor, latest);
          if (through > cursor) {
            for (const delivery of await this.deliveries(hook, events)) {
              if (this.stopped) return;
              if (!(await this.deliver(hook, delivery))) break;
            }
            // edits with nothing for this webhook move the cursor too (only forward: a lost lease stops here)
            if (!this.stopped) await this.advance(hook, through, 'skipped');
            continue;
          }
        }
      } catch (error) {
        this.log.warn(`webhook ${hook.name}: ${(error as Error).message}`);
      }
      await this.sleep(this.options.pollMs);
    }
  }

  /**
   * The lease, and where delivery stands; null when another instance holds it. `start` is where a
   * webhook seen for the first time begins (ignored once its cursor exists).
   */
  private async claim(hook: WebhookConfig, start: number): Promise<number | null> {
    const [row] = await this.db.write<{ sequence: number }>('webhook/claim', { name: hook.name, owner: this.owner, leaseMs: this.options.leaseMs, start });
    return row ? row.sequence : null;
  }

  /** One POST body per edit, with the statements it added. */
  private async deliveries(hook: WebhookConfig, events: StatementEventModel[]): Promise<Delivery[]> {
    const bySequence = new Map<number, StatementEventModel[]>();
    for (const event of events) bySequence.set(event.sequence, [...(bySequence.get(event.sequence) ?? []), event]);
    const out: Delivery[] = [];
    for (const [sequence, group] of bySequence) {
      const first = group[0]!;
      const statements = await this.db.read('webhook/statementDetails', { ids: group.map((e) => e.statementId), articleId: first.articleId });
      out.push({ sequence, body: JSON.stringify({ webhook: hook.name, event: 'statementAdded', sequence, at: first.at, operation: first.operation, articleId: first.articleId, statements }) });
    }
    return out;
  }

  /** Delivers one edit's body, or dead-letters it; false when the lease was lost or the process stops. */
  private async deliver(hook: WebhookConfig, delivery: Delivery): Promise<boolean> {
    let lastError = '';
    for (let attempt = 1; attempt <= this.options.attempts && !this.stopped; attempt++) {
      // the lease is renewed before each attempt; lost, another instance delivers from the cursor
      if ((await this.claim(hook, delivery.sequence)) === null) return false;
      try {
        const timestamp = Math.floor(Date.now() / 1000);
        const response = await fetch(hook.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'saidgraph-webhook',
            'x-saidgraph-webhook': hook.name,
            'x-saidgraph-sequence': String(delivery.sequence),
            'x-saidgraph-delivery': randomUUID(),
            'x-saidgraph-signature': signature(hook.secret, timestamp, delivery.body),
          },
          body: delivery.body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
          redirect: 'manual',
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.status >= 200 && response.status < 300) {
          webhookDeliveries.inc({ webhook: hook.name, result: 'delivered' });
          await this.advance(hook, delivery.sequence, 'delivered');
          return true;
        }
        lastError = `HTTP ${response.status}`;
      } catch (error) {
        lastError = (error as Error).message;
      }
      webhookDeliveries.inc({ webhook: hook.name, result: 'failed' });
      if (attempt < this.options.attempts) await this.sleep(this.options.retryBaseMs * 2 ** (attempt - 1));
    }
    if (this.stopped) return false;
    this.log.warn(`webhook ${hook.name}: edit ${delivery.sequence} not delivered after ${this.options.attempts} attempts (${lastError}); kept as a dead letter`);
    webhookDeadLetters.inc({ webhook: hook.name });
    await this.advance(hook, delivery.sequence, 'dead', { body: delivery.body, error: lastError.slice(0, 500), attempts: this.options.attempts });
    return true;
  }

  private async advance(hook: WebhookConfig, sequence: number, outcome: 'delivered' | 'dead' | 'skipped', deadLetter: { body: string; error: string; attempts: number } | null = null): Promise<void> {
    await this.db.write('webhook/advance', { name: hook.name, owner: this.owner, sequence, outcome, deadLetter });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake.add(done);
    });
  }
}
