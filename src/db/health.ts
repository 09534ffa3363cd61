import type { Driver } from 'neo4j-driver';

/** How often a probe asks whether Neo4j is back, and how long it waits for the answer. */
const PROBE_EVERY_MS = 500;
const PROBE_TIMEOUT_MS = 1_000;

/**
 * Whether Neo4j is reachable, so that while it is not, requests fail at once with
 * DATABASE_UNAVAILABLE instead of each waiting out its own connection attempts. A failure to reach
 * Neo4j marks it down; a probe (the readiness query, with its own short timeout) then runs until one succeeds.
 * Circuit-breaker libraries close again by letting a real request through, which hangs on a
 * database that accepts connections while it is still starting; the probe takes that wait instead.
 */
export class DatabaseHealth {
  private down = false;
  private probing: NodeJS.Timeout | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** The readiness query (cypher/db/ping.cypher). */
    private readonly ping: string,
  ) {}

  get available(): boolean {
    return !this.down;
  }

  /** Neo4j could not be reached: fail fast until a probe reaches it again. */
  markDown(): void {
    if (this.down) return;
    this.down = true;
    this.probing = setInterval(() => void this.probe(), PROBE_EVERY_MS);
    this.probing.unref();
  }

  /** Stops probing (the driver is closing). */
  stop(): void {
    if (this.probing) clearInterval(this.probing);
    this.probing = null;
  }

  private inFlight = false;

  private async probe(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    const session = this.driver.session({ database: this.database });
    try {
      const answered = session.run(this.ping, {}, { timeout: PROBE_TIMEOUT_MS }).then(() => true, () => false);
      const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS).unref());
      if (await Promise.race([answered, late])) {
        this.down = false;
        this.stop();
      }
    } finally {
      this.inFlight = false;
      void session.close().catch(() => {});
    }
  }
}
