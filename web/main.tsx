import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples.js';
import { graphViewPlugin } from './GraphView.js';

interface FetchOptions {
  headers?: Record<string, unknown>;
}

/** Posts each operation to this server's /graphql with the headers typed in GraphiQL. */
async function fetcher(params: unknown, options?: FetchOptions) {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name] = String(value);
  const response = await fetch(new URL('/graphql', window.location.href), {
    method: 'POST',
    headers,
    body: JSON.stringify(params),
  });
  return response.json();
}

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility="variables" plugins={[graphViewPlugin]} />
    </StrictMode>,
  );
}
