import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { exploreQuery, labelsToShow, legendOf, mergeViews, toSvg, viewOf, withinDates, type View } from './graphview.js';

/** Colour and shape by type: the legend shows the same. */
const STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape }> = {
  Person: { color: '#d1495b', shape: 'ellipse' },
  Organization: { color: '#00798c', shape: 'round-rectangle' },
  Office: { color: '#edae49', shape: 'diamond' },
  Group: { color: '#66a182', shape: 'hexagon' },
  Place: { color: '#8d96a3', shape: 'triangle' },
  Statement: { color: '#30638e', shape: 'round-tag' },
  Article: { color: '#2e4057', shape: 'rectangle' },
};
const OTHER = { color: '#999999', shape: 'ellipse' as const };
const styleOf = (type: string) => STYLE[type] ?? OTHER;

function parse(response: string | null | undefined): unknown {
  if (!response) return null;
  try {
    return JSON.parse(response);
  } catch {
    return null;
  }
}

/** The neighbours of a node, fetched for an expansion in place (reads need no key). */
async function neighbours(id: string): Promise<View> {
  const response = await fetch(new URL('/graphql', window.location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: 'query Expand($id: ID!) { neighborhood(id: $id, depth: 1, limit: 25) { nodes { id type label } edges { type source target } } }', variables: { id } }),
  });
  return viewOf(await response.json());
}

const LABEL_ORDER = ['Person', 'Organization', 'Group', 'Office', 'Place', 'Article', 'Statement'];
const labelPriority = (n: NodeSingular) => {
  const i = LABEL_ORDER.indexOf(n.data('type'));
  return i < 0 ? LABEL_ORDER.length : i;
};

/**
 * Shows the labels that fit: the best connected nodes first, each when its label overlaps none
 * already shown; the rest show theirs on hover or when zoomed in (the pass runs again on zoom).
 */
function declutter(cy: Core): void {
  const nodes = cy.nodes(':visible').toArray() as NodeSingular[];
  // who speaks first (people, organizations, groups), then the rest; the best connected first in each
  const speaks = (n: NodeSingular) => (labelPriority(n) < 3 ? 0 : 1);
  nodes.sort((a, b) => speaks(a) - speaks(b) || b.degree(false) - a.degree(false) || labelPriority(a) - labelPriority(b) || a.id().localeCompare(b.id()));
  cy.nodes().removeClass('labelled');
  const measured = nodes.map((n) => {
    n.addClass('labelled');
    const box = n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false });
    n.removeClass('labelled');
    return { id: n.id(), box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } };
  });
  const bodies = nodes.map((n) => {
    const box = n.renderedBoundingBox({ includeLabels: false, includeNodes: true, includeEdges: false });
    return { id: n.id(), box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } };
  });
  const shown = labelsToShow(measured, bodies);
  cy.batch(() => {
    for (const n of nodes) if (shown.has(n.id())) n.addClass('labelled');
  });
}

/** Hides the nodes of the types unticked in the legend, and those dated outside the range. */
function applyFilters(cy: Core, hidden: ReadonlySet<string>, dates: { from: string; to: string }): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const shown = !hidden.has(n.data('type')) && withinDates({ date: n.data('date') ?? undefined }, dates.from, dates.to);
      n.style('display', shown ? 'element' : 'none');
    });
  });
}

/** The canvas as an SVG file: nodes by their type's shape and colour, the labels shown. */
function svgOf(cy: Core): string {
  const nodes = (cy.nodes(':visible').toArray() as NodeSingular[]).map((n) => ({
    x: Math.round(n.position('x')),
    y: Math.round(n.position('y')),
    size: Math.round(n.width()),
    color: styleOf(n.data('type')).color,
    shape: styleOf(n.data('type')).shape,
    label: n.hasClass('labelled') ? (n.data('label') as string) : null,
  }));
  const edges = cy.edges(':visible').map((e) => ({
    x1: Math.round(e.source().position('x')),
    y1: Math.round(e.source().position('y')),
    x2: Math.round(e.target().position('x')),
    y2: Math.round(e.target().position('y')),
  }));
  return toSvg(nodes, edges);
}

function download(href: string, name: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

/** Fits the graph to the pane, but does not blow a few nodes up to fill it. */
function fitCapped(cy: Core): void {
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** The plugin pane: the current result drawn as a graph, with a legend and tools. */
function GraphViewPane() {
  const response = useGraphiQL((s) => s.tabs[s.activeTabIndex]?.response ?? null);
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const { run, setOperationName, addTab } = useGraphiQLActions();
  const activeTab = useGraphiQL((s) => s.activeTabIndex);
  const exploring = useRef<string | null>(null);
  const result = useMemo(() => viewOf(parse(response)), [response]);
  const [view, setView] = useState<View>(result);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [dates, setDates] = useState({ from: '', to: '' });
  const [full, setFull] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  const [selected, setSelected] = useState<{ id: string; label: string; type: string } | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => setView(result), [result]);

  const layout = useCallback((cy: Core, fit = true) => {
    // a small graph in rings around its best connected nodes, a larger one by forces
    const count = cy.nodes().length;
    const options =
      count <= 40
        ? { name: 'concentric', concentric: (n: NodeSingular) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 50, animate: false, fit, padding: 30 }
        : { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, fit, padding: 30 };
    const run = cy.layout((count > 1 ? options : { name: 'grid', fit, padding: 30 }) as cytoscape.LayoutOptions);
    run.one('layoutstop', () => {
      if (fit) fitCapped(cy);
      declutter(cy);
    });
    run.run();
  }, []);

  useEffect(() => {
    if (!container.current) return;
    graph.current?.destroy();
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...view.nodes.map((n) => ({ data: { id: n.id, label: n.label, full: n.full, type: n.type, date: n.date ?? null } })),
        ...view.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': (n: NodeSingular) => styleOf(n.data('type')).color,
            shape: (n: NodeSingular) => styleOf(n.data('type')).shape,
            width: (n: NodeSingular) => 16 + Math.min(14, n.degree(false) * 2),
            height: (n: NodeSingular) => 16 + Math.min(14, n.degree(false) * 2),
            label: '',
            'font-size': 10,
            'text-wrap': 'ellipsis',
            'text-max-width': '120px',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
          },
        },
        { selector: 'node.labelled, node.hovered, node:selected', style: { label: 'data(label)' } },
        { selector: 'node.hovered', style: { 'z-index': 10, 'text-max-width': '260px', 'text-wrap': 'wrap' } },
        { selector: 'edge', style: { width: 1, 'line-color': '#c4c4c4', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#c4c4c4', 'curve-style': 'bezier', 'arrow-scale': 0.8 } },
        { selector: 'edge.hovered', style: { label: 'data(label)', 'font-size': 8, color: '#555', 'line-color': '#888' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#222' } },
      ],
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (event) => setSelected({ id: event.target.id(), label: event.target.data('full'), type: event.target.data('type') }));
    cy.on('mouseover', 'node', (event) => {
      event.target.addClass('hovered');
      event.target.connectedEdges().addClass('hovered');
      setHovered(`${event.target.data('type')}: ${event.target.data('full')}`);
    });
    cy.on('mouseout', 'node', (event) => {
      event.target.removeClass('hovered');
      event.target.connectedEdges().removeClass('hovered');
      setHovered(null);
    });
    // double-click: the node's neighbours join the canvas
    cy.on('dbltap', 'node', (event) => {
      void neighbours(event.target.id()).then((more) => setView((current) => mergeViews(current, more)));
    });
    let zoomTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('zoom pan', () => {
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(() => declutter(cy), 120);
    });
    graph.current = cy;
    applyFilters(cy, hidden, dates);
    layout(cy);
    // a handle for browser automation and for people poking at the graph in the console
    (window as unknown as { saidgraphGraphView?: Core }).saidgraphGraphView = cy;
    setSelected(null);
    // a wider or taller pane draws the graph again to fit it
    const resized = new ResizeObserver(() => {
      cy.resize();
      fitCapped(cy);
      declutter(cy);
    });
    resized.observe(container.current);
    return () => {
      resized.disconnect();
      clearTimeout(zoomTimer);
      cy.destroy();
    };
    // `hidden` is applied by its own effect below; the canvas is rebuilt only for a new view
  }, [view, layout]);

  useEffect(() => {
    const cy = graph.current;
    if (!cy) return;
    applyFilters(cy, hidden, dates);
    declutter(cy);
  }, [hidden, dates]);

  const legend = legendOf(view);
  const toggle = (type: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });
  const zoom = (factor: number) => {
    const cy = graph.current;
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const savePng = () => {
    if (graph.current) download(graph.current.png({ full: true, scale: 2, bg: '#ffffff' }), 'saidgraph.png');
  };
  const saveSvg = () => {
    if (!graph.current) return;
    const url = URL.createObjectURL(new Blob([svgOf(graph.current)], { type: 'image/svg+xml' }));
    download(url, 'saidgraph.svg');
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const dated = view.nodes.some((n) => n.date);
  // "Explore": the neighbourhood query in a tab of its own, so the example stays as it was; the
  // query goes in once the new tab is the active one
  const explore = () => {
    if (!selected) return;
    exploring.current = selected.id;
    addTab();
  };
  useEffect(() => {
    const id = exploring.current;
    if (!id || !queryEditor) return;
    exploring.current = null;
    queryEditor.setValue(exploreQuery(id));
    variableEditor?.setValue(JSON.stringify({ id }, null, 2));
    setOperationName('Explore');
    run();
  }, [activeTab, queryEditor, variableEditor, setOperationName, run]);

  const button = (label: string, title: string, onClick: () => void) => (
    <button type="button" className="graphiql-button" title={title} aria-label={title} onClick={onClick} style={{ padding: '2px 8px', fontSize: 12 }}>
      {label}
    </button>
  );

  return (
    <div
      className="saidgraph-graph-view"
      data-testid="graph-view"
      style={
        full
          ? { position: 'fixed', inset: 0, zIndex: 1000, background: '#fff', padding: 12, display: 'flex', flexDirection: 'column' }
          : { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 420 }
      }
    >
      <div className="graphiql-doc-explorer-title">Graph</div>
      <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'center', margin: '4px 0' }}>
        {button('Fit', 'Fit the graph to the pane', () => graph.current && fitCapped(graph.current))}
        {button('+', 'Zoom in', () => zoom(1.25))}
        {button('−', 'Zoom out', () => zoom(0.8))}
        {button('Re-layout', 'Lay the graph out again', () => graph.current && layout(graph.current))}
        {button(full ? 'Close full window' : 'Full window', full ? 'Back to the pane' : 'Use the whole window', () => setFull(!full))}
        {button('PNG', 'Save the canvas as a PNG image', savePng)}
        {button('SVG', 'Save the canvas as an SVG drawing', saveSvg)}
        <span style={{ fontSize: 12, marginLeft: 4 }} data-testid="graph-summary">
          {view.nodes.length ? `${view.nodes.length} nodes, ${view.edges.length} edges` : 'Run a query that selects ids to draw it.'}
        </span>
      </div>
      <div data-testid="graph-legend" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', fontSize: 11, marginBottom: 4 }}>
        {legend.map(({ type, count }) => (
          <label key={type} title={`Show or hide ${type} nodes`} style={{ display: 'inline-flex', alignItems: 'center', gap: 3, opacity: hidden.has(type) ? 0.45 : 1, cursor: 'pointer' }}>
            <input type="checkbox" checked={!hidden.has(type)} onChange={() => toggle(type)} style={{ margin: 0 }} />
            <span style={{ width: 10, height: 10, borderRadius: styleOf(type).shape === 'ellipse' ? 5 : 1, background: styleOf(type).color, display: 'inline-block' }} />
            {type} {count}
          </label>
        ))}
      </div>
      {dated && (
        <div style={{ display: 'flex', gap: 6, alignItems: 'center', fontSize: 11, marginBottom: 4 }} data-testid="graph-dates">
          Dated from
          <input type="date" aria-label="From" value={dates.from} onChange={(e) => setDates({ ...dates, from: e.target.value })} />
          to
          <input type="date" aria-label="To" value={dates.to} onChange={(e) => setDates({ ...dates, to: e.target.value })} />
        </div>
      )}
      <div ref={container} data-testid="graph-canvas" style={{ flex: 1, minHeight: 420, border: '1px solid #ddd', borderRadius: 6 }} />
      <p style={{ fontSize: 11, margin: '4px 0', minHeight: 14, color: '#555' }} data-testid="graph-hover">
        {hovered ?? 'Hover a node for its full text; double-click it to add its neighbours; scroll to zoom.'}
      </p>
      {selected && (
        <div style={{ fontSize: 12 }} data-testid="graph-selection">
          <strong>{selected.label.length > 120 ? `${selected.label.slice(0, 117)}…` : selected.label}</strong> ({selected.type}) <code>{selected.id}</code>
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
