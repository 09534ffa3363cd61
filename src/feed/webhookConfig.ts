import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../configError.js';
import type { StatementWhere } from '../generated/graphql.js';

/** A webhook of SAIDGRAPH_WEBHOOKS (see webhooks.ts for how it is delivered). */
export interface WebhookConfig {
  name: string;
  url: string;
  secret: string;
  where?: StatementWhere;
  /** Where a webhook seen for the first time starts: after this edit sequence (default: now). */
  since?: number;
}

export interface WebhookOptions {
  attempts: number;
  retryBaseMs: number;
  pollMs: number;
  leaseMs: number;
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = { attempts: 6, retryBaseMs: 500, pollMs: 1000, leaseMs: 30_000, timeoutMs: 10_000 };

/** Reads SAIDGRAPH_WEBHOOKS: inline JSON or a JSON file, a list of {name, url, secret, where?, since?}. */
export function readWebhooks(raw: string | undefined): WebhookConfig[] {
  if (!raw?.trim()) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.trim().startsWith('[') ? raw : readFileSync(raw.trim(), 'utf8'));
  } catch (error) {
    throw new ConfigError(`SAIDGRAPH_WEBHOOKS must be a JSON list or a file holding one (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new ConfigError('SAIDGRAPH_WEBHOOKS must be a JSON list of {name, url, secret, where?, since?}');
  const names = new Set<string>();
  return parsed.map((entry, i) => {
    const hook = entry as Partial<WebhookConfig>;
    if (typeof hook.name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(hook.name)) throw new ConfigError(`SAIDGRAPH_WEBHOOKS[${i}].name must be 1 to 64 letters, digits, _ . -`);
    if (names.has(hook.name)) throw new ConfigError(`SAIDGRAPH_WEBHOOKS: the name ${hook.name} is used twice`);
    names.add(hook.name);
    let url: URL;
    try {
      url = new URL(String(hook.url));
    } catch {
      throw new ConfigError(`SAIDGRAPH_WEBHOOKS[${i}].url is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`SAIDGRAPH_WEBHOOKS[${i}].url must be http or https`);
    if (typeof hook.secret !== 'string' || hook.secret.length < 16) throw new ConfigError(`SAIDGRAPH_WEBHOOKS[${i}].secret must be at least 16 characters`);
    if (hook.where?.text) throw new ConfigError(`SAIDGRAPH_WEBHOOKS[${i}].where cannot filter on text`);
    if (hook.since !== undefined && (!Number.isInteger(hook.since) || hook.since < 0)) throw new ConfigError(`SAIDGRAPH_WEBHOOKS[${i}].since must be an edit sequence number`);
    return { name: hook.name, url: url.toString(), secret: hook.secret, where: hook.where, since: hook.since };
  });
}

/** The signature header of a body sent at `timestamp` (seconds): what a receiver recomputes. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

