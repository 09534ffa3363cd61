import cytoscape, { type Core } from 'cytoscape';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { exploreQuery, viewOf } from './graphview.js';

const COLORS: Record<string, string> = {
  Person: '#d1495b',
  Organization: '#00798c',
  Office: '#edae49',
  Group: '#66a182',
  Place: '#8d96a3',
  Statement: '#30638e',
  Article: '#2e4057',
};

function parse(response: string | null | undefined): unknown {
  if (!response) return null;
  try {
    return JSON.parse(response);
  } catch {
    return null;
  }
}

/** The plugin pane: the current result drawn as a graph; a click on a node offers to explore it. */
function GraphViewPane() {
  const response = useGraphiQL((s) => s.tabs[s.activeTabIndex]?.response ?? null);
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const { run, setOperationName } = useGraphiQLActions();
  const view = useMemo(() => viewOf(parse(response)), [response]);
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  const [selected, setSelected] = useState<{ id: string; label: string; type: string } | null>(null);

  useEffect(() => {
    if (!container.current) return;
    graph.current?.destroy();
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...view.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type } })),
        ...view.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': '110px', 'background-color': (n) => COLORS[n.data('type')] ?? '#999', width: 18, height: 18 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#bbb', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#bbb', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#777' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#222' } },
      ],
      layout: { name: view.nodes.length > 1 ? 'cose' : 'grid', animate: false },
    });
    cy.on('tap', 'node', (event) => setSelected({ id: event.target.id(), label: event.target.data('label'), type: event.target.data('type') }));
    graph.current = cy;
    // a handle for browser automation and for people poking at the graph in the console
    (window as unknown as { saidgraphGraphView?: Core }).saidgraphGraphView = cy;
    setSelected(null);
    return () => cy.destroy();
  }, [view]);

  const explore = () => {
    if (!selected || !queryEditor) return;
    queryEditor.setValue(exploreQuery(selected.id));
    variableEditor?.setValue(JSON.stringify({ id: selected.id }, null, 2));
    setOperationName('Explore');
    run();
  };

  return (
    <div className="saidgraph-graph-view" style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div className="graphiql-doc-explorer-title">Graph</div>
      <p style={{ margin: '4px 0', fontSize: 12 }} data-testid="graph-summary">
        {view.nodes.length ? `${view.nodes.length} nodes, ${view.edges.length} edges` : 'Run a query that selects ids (and __typename) to draw it.'}
      </p>
      <div ref={container} data-testid="graph-canvas" style={{ flex: 1, minHeight: 320, border: '1px solid #ddd', borderRadius: 6 }} />
      {selected && (
        <div style={{ marginTop: 6, fontSize: 12 }} data-testid="graph-selection">
          <strong>{selected.label}</strong> ({selected.type}) <code>{selected.id}</code>
          <button type="button" className="graphiql-button" style={{ marginLeft: 6 }} onClick={explore}>
            Explore its neighbourhood
          </button>
        </div>
      )}
    </div>
  );
}

function GraphIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <circle cx="5" cy="6" r="2.5" />
      <circle cx="19" cy="6" r="2.5" />
      <circle cx="12" cy="18" r="2.5" />
      <path d="M7 7.5l3.5 8.5M17 7.5l-3.5 8.5M7.5 6h9" />
    </svg>
  );
}

export const graphViewPlugin: GraphiQLPlugin = { title: 'Graph view', icon: GraphIcon, content: GraphViewPane };
