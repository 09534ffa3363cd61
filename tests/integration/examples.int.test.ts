import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleTabs, KEY_PLACEHOLDER } from '../../web/examples.js';
import { developmentConfig, useExampleServer } from '../helpers/db.js';

// configured as `npm start` is on a laptop: no keys, so the development key the write tabs send works
const config = developmentConfig();
const fixture = useExampleServer({ config });

const operations = exampleTabs.flatMap((tab) =>
  parse(tab.query)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((op) => [op.name!.value, tab] as const),
);

describe('the operations GraphiQL opens with', () => {
  it('are many and named', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
  });

  // in the order of the tabs, with each tab's headers and variables, as a newcomer would run them
  it.each(operations)('%s runs on the example data and finds something', async (name, tab) => {
    // the page of `npm start` puts its development key where the tabs hold the placeholder
    const headers = 'headers' in tab && tab.headers ? (JSON.parse(tab.headers.replace(KEY_PLACEHOLDER, config.developmentKey!)) as Record<string, string>) : {};
    const variables = 'variables' in tab && tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {};
    const response = await fetch(fixture.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: tab.query, operationName: name, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    // every root field answered with something: no null, no empty list
    for (const value of Object.values(body.data ?? {})) {
      expect(value).not.toBeNull();
      expect(JSON.stringify(value)).not.toMatch(/^\[\]$|"nodes":\[\]/);
    }
  });
});
