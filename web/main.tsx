import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs, KEY_PLACEHOLDER } from './examples.js';
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

// `npm start` on this machine puts its development key in the page: the tabs that write send it
const developmentKey = document.querySelector<HTMLMetaElement>('meta[name="saidgraph-development-key"]')?.content;
const tabs = developmentKey ? exampleTabs.map((tab) => ('headers' in tab && tab.headers ? { ...tab, headers: tab.headers.replace(KEY_PLACEHOLDER, developmentKey) } : tab)) : exampleTabs;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility="variables" plugins={[graphViewPlugin]} />
    </StrictMode>,
  );
}
