import { describe, expect, it } from 'vitest';
import { exploreQuery, labelsToShow, legendOf, mergeViews, toSvg, typeOf, viewOf, withinDates } from '../../web/graphview.js';

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
      // typed by the id's prefix where __typename was not selected
      ['office:ru-fm', 'Office', 'Minister of Foreign Affairs'],
      ['organization:russia', 'Organization', 'Russia'],
      ['statement:2', 'Statement', 'Empty'],
    ]);
    expect(view.edges.map((e) => `${e.source} -${e.label}-> ${e.target}`)).toEqual([
      // speaker -> statement -> what it links to
      'person:lavrov -said-> statement:1',
      'statement:1 -inCapacityOf-> office:ru-fm',
      'office:ru-fm -organization-> organization:russia',
      'person:lavrov -said-> statement:2',
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
    expect(view.nodes).toEqual([{ id: 'a', type: 'Person', label: 'A', full: 'A' }, { id: 'b', type: 'Statement', label: 'B', full: 'B' }]);
    expect(view.edges).toEqual([{ id: 'b|SAID_BY|a', source: 'b', target: 'a', label: 'SAID_BY' }]);
  });

  it('draws nothing for errors and results without ids, and offers a query for a node', () => {
    expect(viewOf({ errors: [{ message: 'x' }] })).toEqual({ nodes: [], edges: [] });
    expect(viewOf({ data: { statementCounts: [{ key: 'k', count: 1 }] } })).toEqual({ nodes: [], edges: [] });
    expect(exploreQuery('person:x')).toMatch(/neighborhood\(id: \$id/);
  });

  it('types a node by its id when __typename is not selected', () => {
    expect(typeOf('person:x')).toBe('Person');
    expect(typeOf('statement:1')).toBe('Statement');
    expect(typeOf('person:x', 'Organization')).toBe('Organization');
    expect(typeOf('widget:1')).toBe('Widget');
  });

  it('shows labels so that no two overlap, the most important first', () => {
    const box = (x: number, y: number) => ({ x1: x, y1: y, x2: x + 50, y2: y + 10 });
    const shown = labelsToShow([
      { id: 'hub', box: box(0, 0) },
      { id: 'under-hub', box: box(20, 5) },
      { id: 'apart', box: box(100, 0) },
      { id: 'touching-apart', box: box(140, 9) },
      { id: 'below', box: box(0, 10) },
    ]);
    expect([...shown]).toEqual(['hub', 'apart', 'below']);
    // nor over another node's body
    expect([...labelsToShow([{ id: 'a', box: box(0, 0) }, { id: 'b', box: box(0, 40) }], [{ id: 'a', box: box(10, 45) }])]).toEqual(['a']);
    // the body of a less important node does not hide a label
    expect([...labelsToShow([{ id: 'a', box: box(0, 0) }, { id: 'b', box: box(0, 40) }], [{ id: 'b', box: box(10, 5) }])]).toEqual(['a', 'b']);
  });

  it('counts the types for the legend, and adds an expansion without doubling anything', () => {
    const a = viewOf({ data: { person: { id: 'person:a', name: 'A', statements: { nodes: [{ id: 'statement:1', text: 'x' }] } } } });
    const b = viewOf({ data: { neighborhood: { nodes: [{ id: 'statement:1', type: 'Statement', label: 'x' }, { id: 'article:9', type: 'Article', label: 'T' }], edges: [{ type: 'REPORTED_IN', source: 'statement:1', target: 'article:9' }] } } });
    const merged = mergeViews(a, b);
    expect(merged.nodes.map((n) => n.id)).toEqual(['person:a', 'statement:1', 'article:9']);
    expect(merged.edges).toHaveLength(2);
    expect(legendOf(merged)).toEqual([{ type: 'Article', count: 1 }, { type: 'Person', count: 1 }, { type: 'Statement', count: 1 }]);
  });

  it('keeps the day of statements and articles, for the date filter', () => {
    const view = viewOf({ data: { statements: { nodes: [{ id: 'statement:1', text: 'a', saidOn: '2022-02-17', occurrences: [{ article: { id: 'article:1', title: 'T', publishedAt: '2022-02-18' } }] }] } } });
    expect(view.nodes.map((n) => [n.id, n.date])).toEqual([['statement:1', '2022-02-17'], ['article:1', '2022-02-18']]);
    expect(withinDates(view.nodes[0]!, '2022-02-18', '')).toBe(false);
    expect(withinDates(view.nodes[1]!, '2022-02-18', '2022-02-28')).toBe(true);
    expect(withinDates({}, '2030-01-01', '2030-01-02')).toBe(true);
  });

  it('draws the canvas as SVG, with text escaped', () => {
    const svg = toSvg(
      [{ x: 0, y: 0, size: 20, color: '#d1495b', shape: 'ellipse', label: 'Lavrov & <co>' }, { x: 100, y: 50, size: 20, color: '#30638e', shape: 'round-tag', label: null }],
      [{ x1: 0, y1: 0, x2: 100, y2: 50 }],
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<circle cx="0" cy="0" r="10" fill="#d1495b"/>');
    expect(svg).toContain('<line x1="0" y1="0" x2="100" y2="50"');
    expect(svg).toContain('Lavrov &amp; &lt;co&gt;');
    expect(svg.match(/<text /g)).toHaveLength(1);
  });
});
