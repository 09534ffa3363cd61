import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { getOperationAST, parse, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs, KEY_PLACEHOLDER } from './examples.js';
import { graphViewPlugin } from './GraphView.js';

interface FetchOptions {
  headers?: Record<string, unknown>;
}

interface Params {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** Whether the operation to run is a subscription (served over WebSocket, not POST). */
function isSubscription(params: Params): boolean {
  try {
    return getOperationAST(parse(params.query), params.operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false;
  }
}

const clients = new Map<string, Client>();

/** The change feed over graphql-ws at this server's /graphql, one connection per key typed in. */
function subscribe(params: Params, authorization: string | undefined) {
  const key = authorization ?? '';
  let client = clients.get(key);
  if (!client) {
    const url = new URL('/graphql', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    client = createClient({ url: url.toString(), connectionParams: authorization ? { authorization } : {}, retryAttempts: 0 });
    clients.set(key, client);
  }
  // graphql-ws yields formatted results, which GraphiQL shows as they are
  return client.iterate({ query: params.query, operationName: params.operationName ?? undefined, variables: params.variables ?? undefined }) as unknown as AsyncIterable<ExecutionResult>;
}

/** Posts each operation to this server's /graphql with the headers typed in GraphiQL; subscriptions go over WebSocket. */
function fetcher(params: unknown, options?: FetchOptions) {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name] = String(value);
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  if (isSubscription(params as Params)) return subscribe(params as Params, authorization);
  return post(params, headers);
}

async function post(params: unknown, headers: Record<string, string>) {
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
