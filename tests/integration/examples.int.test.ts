import { parse, type OperationDefinitionNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { exampleTabs, KEY_PLACEHOLDER } from '../../web/examples.js';
import { developmentConfig, useExampleServer } from '../helpers/db.js';

// configured as `npm start` is on a laptop: no keys, so the development key the write tabs send works
const config = developmentConfig();
const fixture = useExampleServer({ config });

const operations = exampleTabs.flatMap((tab) =>
  parse(tab.query)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((op) => [op.name!.value, tab, op.operation] as const),
);

/** The first event of a subscription tab over WebSocket, as GraphiQL runs it. */
async function firstEvent(query: string, name: string, authorization: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  const client = createClient({ url: fixture.server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0 });
  try {
    const events = client.iterate({ query, operationName: name, variables });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no event from ${name} in 10 s`)), 10_000));
    const next = await Promise.race([events.next(), timeout]);
    await events.return?.();
    return next.value as { data?: Record<string, unknown>; errors?: unknown };
  } finally {
    await client.dispose();
  }
}

describe('the operations GraphiQL opens with', () => {
  it('are many and named', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
  });

  // in the order of the tabs, with each tab's headers and variables, as a newcomer would run them
  it.each(operations)('%s runs on the example data and finds something', async (name, tab, kind) => {
    // the page of `npm start` puts its development key where the tabs hold the placeholder
    const headers = 'headers' in tab && tab.headers ? (JSON.parse(tab.headers.replace(KEY_PLACEHOLDER, config.developmentKey!)) as Record<string, string>) : {};
    const variables = 'variables' in tab && tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {};
    let body: { data?: Record<string, unknown>; errors?: unknown };
    if (kind === 'subscription') {
      // the feed tab, as its comment says: subscribed, then the dry-run article of the search tab ingested for real
      const events = firstEvent(tab.query, name, headers.Authorization!, { ...variables, since: null });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const dryRun = operations.find(([op]) => op === 'DryRunIngest')![1].query;
      const written = await fetch(fixture.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: dryRun.replace('dryRun: true', 'dryRun: false'), operationName: 'DryRunIngest' }),
      });
      expect(((await written.json()) as { data?: { ingestArticle?: { created?: boolean } } }).data?.ingestArticle?.created).toBe(true);
      body = await events;
    } else {
      const response = await fetch(fixture.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: tab.query, operationName: name, variables }),
      });
      body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    }
    expect(body.errors).toBeUndefined();
    // every root field answered with something: no null, no empty list
    for (const value of Object.values(body.data ?? {})) {
      expect(value).not.toBeNull();
      expect(JSON.stringify(value)).not.toMatch(/^\[\]$|"nodes":\[\]/);
    }
  });
});
