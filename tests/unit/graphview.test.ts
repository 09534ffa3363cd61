import { describe, expect, it } from 'vitest';
import { exploreQuery, viewOf } from '../../web/graphview.js';

describe('the graph view of a result', () => {
  it('draws objects with ids as nodes, joined by the fields that hold them', () => {
    const view = viewOf({
      data: {
        statements: {
          nodes: [
            { id: 'statement:1', __typename: 'Statement', text: 'Russia will decide', speaker: { __typename: 'Person', id: 'person:lavrov', name: 'Sergey Lavrov' }, inCapacityOf: { id: 'office:ru-fm', title: 'Minister of Foreign Affairs', organization: { id: 'organization:russia', name: 'Russia' } } },
            { id: 'statement:2', __typename: 'Statement', text: 'Empty', speaker: { __typename: 'Person', id: 'person:lavrov', name: 'Sergey Lavrov' } },
          ],
        },
      },
    });
    expect(view.nodes.map((n) => [n.id, n.type, n.label])).toEqual([
      ['statement:1', 'Statement', 'Russia will decide'],
      ['person:lavrov', 'Person', 'Sergey Lavrov'],
      ['office:ru-fm', 'office', 'Minister of Foreign Affairs'],
      ['organization:russia', 'organization', 'Russia'],
      ['statement:2', 'Statement', 'Empty'],
    ]);
    expect(view.edges.map((e) => `${e.source} -${e.label}-> ${e.target}`)).toEqual([
      'statement:1 -speaker-> person:lavrov',
      'statement:1 -inCapacityOf-> office:ru-fm',
      'office:ru-fm -organization-> organization:russia',
      'statement:2 -speaker-> person:lavrov',
    ]);
  });

  it('draws neighborhood and path results as they are', () => {
    const view = viewOf({
      data: {
        path: {
          nodes: [{ id: 'a', type: 'Person', label: 'A' }, { id: 'b', type: 'Statement', label: 'B' }],
          edges: [{ type: 'SAID_BY', source: 'b', target: 'a' }, { type: 'X', source: 'b', target: 'missing' }],
        },
      },
    });
    expect(view.nodes).toEqual([{ id: 'a', type: 'Person', label: 'A' }, { id: 'b', type: 'Statement', label: 'B' }]);
    expect(view.edges).toEqual([{ id: 'b|SAID_BY|a', source: 'b', target: 'a', label: 'SAID_BY' }]);
  });

  it('draws nothing for errors and results without ids, and offers a query for a node', () => {
    expect(viewOf({ errors: [{ message: 'x' }] })).toEqual({ nodes: [], edges: [] });
    expect(viewOf({ data: { statementCounts: [{ key: 'k', count: 1 }] } })).toEqual({ nodes: [], edges: [] });
    expect(exploreQuery('person:x')).toMatch(/neighborhood\(id: \$id/);
  });
});
