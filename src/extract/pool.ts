import { Piscina } from 'piscina';
import type { ExtractionTask } from './extractWorker.js';
import type { ArticleSource, Extraction } from './types.js';

/** Extraction failed for a reason of its own; `code` is stable for clients and scripts. */
export class ExtractionError extends Error {
  constructor(
    readonly code: 'EXTRACTION_TIMEOUT' | 'EXTRACTION_FAILED',
    message: string,
  ) {
    super(message);
  }
}

export interface ExtractOptions {
  /** Ends the extraction (and stops its thread) when the request that wanted it goes away. */
  signal?: AbortSignal;
}

/**
 * Extraction off the event loop: a pool of worker threads (piscina), one article each at a time,
 * as many threads as configured (the cores, by default). An article that takes longer than the
 * time limit has its thread stopped and fails with EXTRACTION_TIMEOUT; the pool starts another.
 * Threads start on first use, so a server that never ingests pays nothing for them.
 */
export class ExtractionPool {
  private pool: Piscina | null = null;

  constructor(
    readonly threads: number,
    private readonly timeoutMs: number,
  ) {}

  async extract(text: string, source: Partial<ArticleSource>, options: ExtractOptions = {}): Promise<Extraction> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const task: ExtractionTask = { text, source };
    try {
      return (await this.piscina().run(task, { signal })) as Extraction;
    } catch (error) {
      if (timeout.aborted) throw new ExtractionError('EXTRACTION_TIMEOUT', `extraction took longer than ${this.timeoutMs} ms and was stopped`);
      if (options.signal?.aborted) throw error;
      throw new ExtractionError('EXTRACTION_FAILED', `the extractor failed on this article: ${(error as Error).message}`);
    }
  }

  /** Stops every thread; pending extractions fail. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  private piscina(): Piscina {
    this.pool ??= new Piscina({
      filename: new URL('./extractWorker.boot.mjs', import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      // a thread holds the language model; keep it rather than load it again for the next article
      idleTimeout: 60_000,
    });
    return this.pool;
  }
}
