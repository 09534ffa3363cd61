/**
 * A typed client of saidgraph: the operations below are checked against the published contract
 * (schema.graphql) and typed by graphql-codegen's client preset (./gql, `npm run clients:codegen`).
 *
 *   npx tsx examples/clients/typescript/client.ts [URL] [SPEAKER]
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './gql/index.js';
import type { SpeakerStatementsQuery } from './gql/graphql.js';

export const SpeakerStatements = graphql(`
  query SpeakerStatements($name: String!, $first: Int!, $after: String) {
    person(name: $name) {
      id
      name
      statements(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id text kind saidOn inCapacityOf { title } }
      }
    }
  }
`);

/** A GraphQL error as saidgraph sends it: `extensions.code` says what went wrong. */
export class SaidgraphError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

/** Runs one typed operation over HTTP; throws SaidgraphError with the first error's code. */
export async function request<R, V>(url: string, document: TypedDocumentNode<R, V>, variables: V, key?: string): Promise<R> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new SaidgraphError(body.errors[0]!.extensions?.code ?? 'UNKNOWN', body.errors[0]!.message);
  return body.data!;
}

/** Every statement of a speaker, page by page (100 at a time), with the office each was made in. */
export async function allStatementsOf(url: string, name: string): Promise<Array<{ text: string; saidOn: string | null; office: string | null }>> {
  const out: Array<{ text: string; saidOn: string | null; office: string | null }> = [];
  let after: string | null = null;
  for (;;) {
    const data: SpeakerStatementsQuery = await request(url, SpeakerStatements, { name, first: 100, after });
    const page = data.person?.statements;
    if (!page) return out;
    for (const s of page.nodes) out.push({ text: s.text, saidOn: s.saidOn ?? null, office: s.inCapacityOf?.title ?? null });
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor ?? null;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url = 'http://localhost:4000/graphql', name = 'Sergey Lavrov'] = process.argv.slice(2);
  for (const s of await allStatementsOf(url, name)) console.log(`${s.saidOn ?? '?'}  ${s.office ?? ''}  ${s.text}`);
}
