import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleTabs } from '../../web/examples.js';
import { useExampleServer } from '../helpers/db.js';

const fixture = useExampleServer();

const operations = exampleTabs.flatMap((tab) =>
  parse(tab.query)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((op) => [op.name!.value, tab.query] as const),
);

describe('the operations GraphiQL opens with', () => {
  it('are many and named', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
  });

  it.each(operations)('%s runs on the example data and finds something', async (name, document) => {
    const response = await fetch(fixture.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-key' },
      body: JSON.stringify({ query: document, operationName: name }),
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
