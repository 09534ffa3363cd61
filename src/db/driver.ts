import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
  maxRetryMs: number;
}

/** A driver whose integers come back as JS numbers. */
export function createDriver(options: DriverOptions): Driver {
  // The local server runs without auth and accepts any credentials; a remote one checks them.
  const auth = neo4j.auth.basic(options.username, options.password);
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.maxRetryMs,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    userAgent: 'saidgraph/0.1',
  });
}
