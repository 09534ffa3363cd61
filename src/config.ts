import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  local: LocalNeo4jConfig;
}

/** The embedded Community server of neo4j/LocalNeo4j.java. */
export interface LocalNeo4jConfig {
  port: number;
  home: string;
  pageCacheMb: number;
  heapMb: number;
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** Keys accepted in `Authorization: Bearer ...` for mutations. */
  apiKeys: string[];
  /** Whether reads need an API key too. */
  requireKeyForReads: boolean;
  graphiql: boolean;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
}

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

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

/** Reads and validates the configuration once; nothing else in saidgraph reads process.env. */
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
      local: {
        port: readInt(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
        home: path.resolve(env.NEO4J_LOCAL_HOME || path.join(PROJECT_ROOT, 'neo4j', 'data')),
        pageCacheMb: readInt(env, 'NEO4J_PAGECACHE_MB', 512, 16, 65536),
        heapMb: readInt(env, 'NEO4J_HEAP_MB', 1024, 128, 65536),
      },
    },
    apiKeys: (env.SAIDGRAPH_API_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    requireKeyForReads: readBool(env, 'SAIDGRAPH_REQUIRE_KEY_FOR_READS', false),
    graphiql: readBool(env, 'GRAPHIQL', true),
    logLevel: readLogLevel(env),
  };
}
