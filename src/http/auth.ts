import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { ApiKey, Config, Scope } from '../config.js';
import { AppError } from '../errors.js';

/** Who is asking: the key they showed (if any) and what it lets them do. */
export interface Caller {
  key: ApiKey | null;
  scopes: ReadonlySet<Scope>;
}

const ANONYMOUS_READ: Caller = { key: null, scopes: new Set<Scope>(['read']) };

/** The key of `Authorization: Bearer <key>`, or null when the header is absent or of another scheme. */
export function bearerKey(req: Request): string | null {
  return keyOfAuthorization(req.headers.authorization);
}

/** The key of an `Authorization: Bearer <key>` value (a header, or a WebSocket connection's payload). */
export function keyOfAuthorization(value: unknown): string | null {
  const match = typeof value === 'string' ? /^Bearer\s+(\S{1,512})$/i.exec(value) : null;
  return match ? match[1]! : null;
}

/**
 * The configured key a presented one matches. Keys are compared by their SHA-256 digests in
 * constant time, and every configured key is compared, so that the time taken tells nothing of
 * how much of a key was right or which key it was near.
 */
export function findKey(keys: readonly ApiKey[], presented: string): ApiKey | null {
  const digest = createHash('sha256').update(presented).digest();
  let found: ApiKey | null = null;
  for (const key of keys) {
    if (timingSafeEqual(digest, key.sha256) && !found) found = key;
  }
  return found;
}

/**
 * Who a request comes from. A key that matches no configured key is refused outright (a client
 * with a stale key learns it at once); no key is an anonymous reader, unless reads need a key.
 */
export function callerOf(req: Request, config: Config): Caller {
  const presented = bearerKey(req);
  if (presented === null) {
    if (req.headers.authorization) throw unauthenticated('the Authorization header must be "Bearer <key>"');
    if (config.requireKeyForReads) throw unauthenticated('an API key is required: Authorization: Bearer <key>');
    return ANONYMOUS_READ;
  }
  const key = findKey(config.apiKeys, presented);
  if (!key) throw unauthenticated('the API key is not valid');
  return { key, scopes: new Set(key.scopes) };
}

/** The `identify` middleware answers it with 401 and a Bearer challenge. */
function unauthenticated(message: string): AppError {
  return new AppError('UNAUTHENTICATED', message);
}

/** Fails unless the caller's key has the scope; says what is missing and how to get it. */
export function requireScope(caller: Caller, scope: Scope, configuredKeys: number): void {
  if (caller.scopes.has(scope)) return;
  if (!caller.key) {
    const why = configuredKeys ? 'an API key is required' : 'no API keys are configured (SAIDGRAPH_API_KEYS)';
    throw new AppError('UNAUTHENTICATED', `${why}: send Authorization: Bearer <key> with the "${scope}" scope`);
  }
  throw new AppError('FORBIDDEN', `this API key lacks the "${scope}" scope`, { details: { scope } });
}
