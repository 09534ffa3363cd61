import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './configError.js';
import { DEFAULT_WEBHOOK_OPTIONS, readWebhooks, type WebhookConfig, type WebhookOptions } from './feed/webhookConfig.js';

/** Where the project lives: cypher/, neo4j/, examples/ and web/dist are found from here. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How to reach Neo4j: a server given by NEO4J_URI, or the local one that saidgraph starts itself. */
export interface Neo4jConfig {
  /** Set when NEO4J_URI points at an existing server; nothing local is started then. */
  uri: string | null;
  username: string;
  password: string;
  database: string;
  /** How long a transaction may be retried on transient errors before the request fails. */
  maxRetryMs: number;
  /** Connections in the driver's pool, and how long a request waits for one before it is told to retry. */
  poolSize: number;
  acquireMs: number;
  connectMs: number;
  local: LocalNeo4jConfig;
}

/** The embedded Community server of neo4j/LocalNeo4j.java. */
export interface LocalNeo4jConfig {
  port: number;
  home: string;
  pageCacheMb: number;
  heapMb: number;
}

/** What a key may do: read the graph, ingest articles, curate it, administer it. */
export type Scope = 'read' | 'ingest' | 'curate' | 'admin';
export const SCOPES: readonly Scope[] = ['read', 'ingest', 'curate', 'admin'];

/** A key accepted in `Authorization: Bearer ...`: its SHA-256 (never the key itself) and its scopes. */
export interface ApiKey {
  sha256: Buffer;
  scopes: readonly Scope[];
  /** Names the key in logs and rate limits without revealing it: the first 8 hex digits of its hash. */
  label: string;
  /** Who the key belongs to, as the audit trail names them: the `NAME=` the entry gives, else `key:<label>`. */
  name: string;
}

/** Bounds on the work one operation may ask for, checked before it runs. */
export interface OperationLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** The estimated cost: one a field, times `first` (or the default page) for what a list holds. */
  cost: number;
}

/** Bounds on time and on the database connections one request may hold. */
export interface Deadlines {
  /** A query's whole budget; its Neo4j transactions time out with it. */
  requestMs: number;
  /** The budget of an ingestArticle mutation, extraction included. */
  ingestMs: number;
  /** Database sessions one request may hold at once; the rest of its reads wait for one of them. */
  sessionsPerRequest: number;
}

/** Requests one client may make in a minute, by address and by key. */
export interface RateLimits {
  perAddress: number;
  perKey: number;
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** Keys accepted in `Authorization: Bearer ...`; plain keys in SAIDGRAPH_API_KEYS have every scope. */
  apiKeys: ApiKey[];
  /** The key `npm start` made for this machine when none is configured (GraphiQL pages served to it carry it), else null. */
  developmentKey: string | null;
  /** Whether reads need an API key too. */
  requireKeyForReads: boolean;
  graphiql: boolean;
  /** Whether clients may introspect the schema (GraphiQL needs it). */
  introspection: boolean;
  /**
   * How an operation is executed: by graphql-js for its first `jitAfter` runs, then compiled by
   * graphql-jit (src/http/jitExecutor.ts); null: graphql-js always.
   */
  jitAfter: number | null;
  /** Origins allowed to call the API from a browser; empty: same origin only. */
  corsOrigins: string[];
  /** Development only: stack traces and internal messages in error responses. */
  exposeErrors: boolean;
  limits: OperationLimits;
  deadlines: Deadlines;
  rateLimits: RateLimits;
  /** Signs cursors; a random secret (the default) makes cursors last as long as the process. */
  cursorSecret: Buffer;
  /** Extraction worker threads; defaults to the number of cores. */
  extractWorkers: number;
  /** How long extracting one article may take before it fails with EXTRACTION_TIMEOUT. */
  extractTimeoutMs: number;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** JSON lines (pino) or plain text; by default JSON unless stderr is a terminal. */
  logFormat: 'json' | 'text';
  /** Webhooks the change feed is POSTed to (SAIDGRAPH_WEBHOOKS), and how deliveries are retried. */
  webhooks: WebhookConfig[];
  webhookOptions: WebhookOptions;
  /** Where traces go over OTLP/HTTP (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces); null: nowhere. */
  tracing: { url: string; serviceName: string } | null;
  /** Serve the schema as an Apollo Federation 2 subgraph (keys, `_service`, `_entities`). */
  subgraph: boolean;
  /** How often the change feed looks for new edits while someone subscribes. */
  feedPollMs: number;
  /** Whether /metrics answers anyone, not only this machine and admin keys. */
  metricsPublic: boolean;
  /** A manifest of trusted documents: when set, only its operations run (admin keys aside). */
  trustedDocuments: string | null;
}

/** A configuration value that cannot be used; the message names the variable. */
export { ConfigError } from './configError.js';

type Env = Readonly<Record<string, string | undefined>>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function readUri(env: Env): string | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j://, bolt:// (or +s/+ssc), got "${uri}"`);
  }
  return uri;
}

function readLogLevel(env: Env): Config['logLevel'] {
  const raw = env.LOG_LEVEL ?? 'info';
  const levels = ['silent', 'error', 'warn', 'info', 'debug'] as const;
  const level = levels.find((l) => l === raw);
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${levels.join(', ')}, got "${raw}"`);
  return level;
}

function readList(env: Env, name: string): string[] {
  return (env[name] ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/**
 * SAIDGRAPH_API_KEYS: comma-separated entries `KEY`, `KEY:scope+scope` or `sha256:HEX[:scope+scope]`
 * (the hash of a key, so that the configuration does not hold the key), each optionally named
 * `NAME=...` (a name of letters, digits, `.`, `_`, `-` and `@`, starting with a letter), the name
 * the audit trail gives what the key writes. Without scopes a key has all of them, as plain keys
 * had before scopes existed.
 */
export function readApiKeys(env: Env): ApiKey[] {
  return readList(env, 'SAIDGRAPH_API_KEYS').map((item) => {
    const named = /^([A-Za-z][\w.@-]{0,63})=(.{8,})$/.exec(item);
    const entry = named ? named[2]! : item;
    const hashed = /^sha256:([0-9a-fA-F]{64})(?::(.*))?$/.exec(entry);
    const [secret, scopeText] = hashed ? [null, hashed[2]] : splitScopes(entry);
    const sha256 = hashed ? Buffer.from(hashed[1]!, 'hex') : createHash('sha256').update(secret!).digest();
    const label = sha256.toString('hex').slice(0, 8);
    return { sha256, scopes: readScopes(scopeText), label, name: named ? named[1]! : `key:${label}` };
  });
}

function splitScopes(entry: string): [string, string | undefined] {
  const colon = entry.lastIndexOf(':');
  const tail = colon > 0 ? entry.slice(colon + 1) : '';
  // a colon is part of the key unless what follows it reads as scopes
  if (colon > 0 && tail.split('+').every((scope) => (SCOPES as readonly string[]).includes(scope))) return [entry.slice(0, colon), tail];
  return [entry, undefined];
}

function readScopes(text: string | undefined): Scope[] {
  if (!text) return [...SCOPES];
  return text.split('+').map((scope) => {
    const known = SCOPES.find((s) => s === scope);
    if (!known) throw new ConfigError(`SAIDGRAPH_API_KEYS: unknown scope "${scope}" (scopes: ${SCOPES.join(', ')})`);
    return known;
  });
}

function readSecret(env: Env): Buffer {
  const raw = env.SAIDGRAPH_CURSOR_SECRET;
  if (!raw) return randomBytes(32);
  if (raw.length < 16) throw new ConfigError('SAIDGRAPH_CURSOR_SECRET must be at least 16 characters');
  return Buffer.from(raw, 'utf8');
}

/** Reads and validates the configuration once; nothing else in saidgraph reads process.env. */
function readLogFormat(env: Env): Config['logFormat'] {
  const raw = env.LOG_FORMAT?.trim().toLowerCase();
  if (!raw) return process.stderr.isTTY ? 'text' : 'json';
  if (raw !== 'json' && raw !== 'text') throw new ConfigError(`LOG_FORMAT must be json or text, got "${env.LOG_FORMAT}"`);
  return raw;
}

function readTracing(env: Env): Config['tracing'] {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!traces && !base) return null;
  // as the OpenTelemetry specification has it: the general endpoint takes the signal's path
  const url = traces || `${base!.replace(/\/+$/, '')}/v1/traces`;
  try {
    new URL(url);
  } catch {
    throw new ConfigError(`OTEL_EXPORTER_OTLP_${traces ? 'TRACES_' : ''}ENDPOINT must be a URL, got "${traces || base}"`);
  }
  return { url, serviceName: env.OTEL_SERVICE_NAME?.trim() || 'saidgraph' };
}

export function loadConfig(env: Env = process.env): Config {
  return {
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    neo4j: {
      uri: readUri(env),
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD || '',
      database: env.NEO4J_DATABASE || 'neo4j',
      maxRetryMs: readInt(env, 'NEO4J_MAX_RETRY_MS', 5000, 0, 600000),
      poolSize: readInt(env, 'NEO4J_POOL_SIZE', 50, 1, 10000),
      acquireMs: readInt(env, 'NEO4J_ACQUIRE_TIMEOUT_MS', 3000, 10, 600000),
      connectMs: readInt(env, 'NEO4J_CONNECT_TIMEOUT_MS', 2000, 100, 600000),
      local: {
        port: readInt(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
        home: path.resolve(env.NEO4J_LOCAL_HOME || path.join(PROJECT_ROOT, 'neo4j', 'data')),
        pageCacheMb: readInt(env, 'NEO4J_PAGECACHE_MB', 512, 16, 65536),
        heapMb: readInt(env, 'NEO4J_HEAP_MB', 1024, 128, 65536),
      },
    },
    apiKeys: readApiKeys(env),
    developmentKey: null,
    requireKeyForReads: readBool(env, 'SAIDGRAPH_REQUIRE_KEY_FOR_READS', false),
    graphiql: readBool(env, 'GRAPHIQL', true),
    introspection: readBool(env, 'SAIDGRAPH_INTROSPECTION', true),
    jitAfter: readBool(env, 'SAIDGRAPH_JIT', true) ? readInt(env, 'SAIDGRAPH_JIT_AFTER', 1, 0, 1_000_000) : null,
    corsOrigins: readList(env, 'SAIDGRAPH_CORS_ORIGINS'),
    exposeErrors: readBool(env, 'SAIDGRAPH_EXPOSE_ERRORS', false),
    limits: {
      depth: readInt(env, 'SAIDGRAPH_MAX_DEPTH', 12, 1, 1000),
      aliases: readInt(env, 'SAIDGRAPH_MAX_ALIASES', 30, 0, 100000),
      directives: readInt(env, 'SAIDGRAPH_MAX_DIRECTIVES', 30, 0, 100000),
      tokens: readInt(env, 'SAIDGRAPH_MAX_TOKENS', 4000, 10, 1000000),
      cost: readInt(env, 'SAIDGRAPH_MAX_COST', 50000, 1, 1000000000),
    },
    deadlines: {
      requestMs: readInt(env, 'SAIDGRAPH_REQUEST_TIMEOUT_MS', 8000, 100, 3600000),
      ingestMs: readInt(env, 'SAIDGRAPH_INGEST_TIMEOUT_MS', 120000, 100, 3600000),
      sessionsPerRequest: readInt(env, 'SAIDGRAPH_SESSIONS_PER_REQUEST', 4, 1, 100),
    },
    rateLimits: {
      perAddress: readInt(env, 'SAIDGRAPH_RATE_LIMIT_PER_ADDRESS', 1200, 1, 100000000),
      perKey: readInt(env, 'SAIDGRAPH_RATE_LIMIT_PER_KEY', 6000, 1, 100000000),
    },
    cursorSecret: readSecret(env),
    extractWorkers: readInt(env, 'SAIDGRAPH_EXTRACT_WORKERS', Math.max(1, os.availableParallelism()), 1, 256),
    extractTimeoutMs: readInt(env, 'SAIDGRAPH_EXTRACT_TIMEOUT_MS', 60000, 100, 3600000),
    logLevel: readLogLevel(env),
    logFormat: readLogFormat(env),
    metricsPublic: readBool(env, 'SAIDGRAPH_METRICS_PUBLIC', false),
    feedPollMs: readInt(env, 'SAIDGRAPH_FEED_POLL_MS', 200, 20, 60000),
    subgraph: readBool(env, 'SAIDGRAPH_SUBGRAPH', false),
    tracing: readTracing(env),
    webhooks: readWebhooks(env.SAIDGRAPH_WEBHOOKS),
    webhookOptions: {
      attempts: readInt(env, 'SAIDGRAPH_WEBHOOK_ATTEMPTS', DEFAULT_WEBHOOK_OPTIONS.attempts, 1, 100),
      retryBaseMs: readInt(env, 'SAIDGRAPH_WEBHOOK_RETRY_MS', DEFAULT_WEBHOOK_OPTIONS.retryBaseMs, 1, 3600000),
      pollMs: readInt(env, 'SAIDGRAPH_WEBHOOK_POLL_MS', DEFAULT_WEBHOOK_OPTIONS.pollMs, 20, 3600000),
      leaseMs: DEFAULT_WEBHOOK_OPTIONS.leaseMs,
      timeoutMs: readInt(env, 'SAIDGRAPH_WEBHOOK_TIMEOUT_MS', DEFAULT_WEBHOOK_OPTIONS.timeoutMs, 100, 600000),
    },
    trustedDocuments: env.SAIDGRAPH_TRUSTED_DOCUMENTS ? path.resolve(env.SAIDGRAPH_TRUSTED_DOCUMENTS) : null,
  };
}
