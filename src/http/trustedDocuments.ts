import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type express from 'express';
import { ConfigError } from '../config.js';
import { callerIn } from './middleware.js';
import { sendError } from './httpErrors.js';

/**
 * Trusted documents (a safelist): with `SAIDGRAPH_TRUSTED_DOCUMENTS=FILE`, /graphql runs only the
 * operations of that manifest, named by their SHA-256, for every caller without the admin scope.
 * Clients send the hash alone (`extensions.persistedQuery.sha256Hash`, as automatic persisted
 * queries do, or `documentId`) or the full text of a listed document. Without the setting, Apollo's
 * automatic persisted queries still let clients send a hash instead of a document they sent before.
 *
 * The manifest is Apollo's persisted query manifest (`{"format": "apollo-persisted-query-manifest",
 * "operations": [{"id", "body"}]}`) or graphql-codegen's persisted documents (`{"<hash>": "<document>"}`).
 */
export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  get size(): number {
    return this.byHash.size;
  }

  /** Reads a manifest; every document is listed under the SHA-256 of its text, which must match any id given. */
  static load(file: string): TrustedDocuments {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`SAIDGRAPH_TRUSTED_DOCUMENTS: cannot read ${file} as JSON (${(error as Error).message})`);
    }
    const entries: Array<[string | null, unknown]> =
      parsed && typeof parsed === 'object' && (parsed as { format?: unknown }).format === 'apollo-persisted-query-manifest'
        ? ((parsed as { operations?: unknown }).operations as Array<{ id?: string; body?: unknown }> | undefined ?? []).map((o) => [o.id ?? null, o.body])
        : parsed && typeof parsed === 'object' && !Array.isArray(parsed)
          ? Object.entries(parsed as Record<string, unknown>)
          : [];
    const byHash = new Map<string, string>();
    for (const [id, body] of entries) {
      if (typeof body !== 'string' || !body.trim()) throw new ConfigError(`SAIDGRAPH_TRUSTED_DOCUMENTS: ${file}: the document ${id ?? '(no id)'} has no text`);
      const hash = sha256(body);
      if (id !== null && id.replace(/^sha256:/, '') !== hash) throw new ConfigError(`SAIDGRAPH_TRUSTED_DOCUMENTS: ${file}: the id ${id} is not the SHA-256 of its document (${hash})`);
      byHash.set(hash, body);
    }
    if (byHash.size === 0) throw new ConfigError(`SAIDGRAPH_TRUSTED_DOCUMENTS: ${file} lists no documents`);
    return new TrustedDocuments(byHash);
  }

  document(hash: string): string | undefined {
    return this.byHash.get(hash.replace(/^sha256:/, ''));
  }

  has(text: string): boolean {
    return this.byHash.has(sha256(text));
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The GraphQL request's parts, from a POST body or a GET query string. */
function requestParts(req: express.Request): { query?: unknown; hash?: string; target: Record<string, unknown> } {
  const target = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!target || typeof target !== 'object') return { target: {} };
  let extensions = target.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      extensions = undefined;
    }
  }
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  const hash = typeof persisted === 'string' ? persisted : typeof target.documentId === 'string' ? target.documentId : undefined;
  return { query: target.query, hash, target };
}

/** Refuses documents outside the safelist (admins aside) and fills in the text of listed hashes. */
export function trustedDocumentsOnly(documents: TrustedDocuments): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    const admin = callerIn(res).scopes.has('admin');
    const { query, hash, target } = requestParts(req);
    if (hash !== undefined) {
      const text = documents.document(hash);
      if (text !== undefined) {
        target.query = text;
        delete target.documentId;
        return next();
      }
      if (admin) return next();
      return sendError(res, 400, 'DOCUMENT_NOT_TRUSTED', `no trusted document has the hash ${hash.slice(0, 80)}: this server runs only the operations of its manifest`);
    }
    if (typeof query === 'string' && (documents.has(query) || admin)) return next();
    sendError(res, 400, 'DOCUMENT_NOT_TRUSTED', 'this server runs only trusted documents: send the SHA-256 of a listed operation (extensions.persistedQuery.sha256Hash or documentId) or its exact text');
  };
}
