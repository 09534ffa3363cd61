import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
  maxRetryMs: number;
  poolSize?: number;
  /** How long a session waits for a pooled connection; past it the request gets DATABASE_BUSY. */
  acquireMs?: number;
  /** How long opening a connection may take; past it Neo4j counts as unreachable. */
  connectMs?: number;
}

let nagleDisabled = false;

/**
 * Sends every TCP segment at once on the process's client sockets (TCP_NODELAY). The driver
 * writes Bolt messages in chunks of 1,400 bytes; a query text longer than that goes out in two
 * writes, and with Nagle's algorithm on (the default of a Node socket, which the driver keeps) the
 * second waits for the server to acknowledge the first, which it delays by 40 ms: measured, a
 * 1.3 KB query took 45 ms a call instead of 2. Node's own HTTP client sets the same option.
 * Sockets opened through `tls.connect` (encrypted Bolt) are not reached by this channel.
 */
export function disableNagle(): void {
  if (nagleDisabled) return;
  nagleDisabled = true;
  diagnostics.subscribe('net.client.socket', (message) => (message as { socket: Socket }).socket.setNoDelay(true));
}

/** A driver whose integers come back as JS numbers, on sockets without Nagle's delay. */
export function createDriver(options: DriverOptions): Driver {
  disableNagle();
  // The local server runs without auth and accepts any credentials; a remote one checks them.
  const auth = neo4j.auth.basic(options.username, options.password);
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.maxRetryMs,
    connectionAcquisitionTimeout: options.acquireMs ?? 3_000,
    // a Neo4j that accepts the socket but does not answer (shutting down, starting) is unreachable
    // after this, rather than holding the request for the driver's default 30 s
    connectionTimeout: options.connectMs ?? 2_000,
    maxConnectionPoolSize: options.poolSize ?? 50,
    userAgent: 'saidgraph/0.1',
  });
}
