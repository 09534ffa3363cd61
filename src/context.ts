import type { Config } from './config.js';
import type { RequestBudget } from './db/budget.js';
import type { ExtractionPool } from './extract/pool.js';
import type { Caller } from './http/auth.js';
import type { Executor, RequestBookmarks } from './db/executor.js';
import type { RowShape } from './db/rowShape.js';
import type { ChangeFeed } from './feed/changeFeed.js';
import type { Loaders } from './modules/loaders.js';
import type { CursorCodec } from './modules/shared/connection.js';
import type { OperationTelemetry } from './telemetry/http.js';

/** What every resolver gets: the executor, this request's loaders, and who is asking. */
export interface GraphQLContext {
  db: Executor;
  loaders: Loaders;
  /** Signs and reads this server's page cursors. */
  cursors: CursorCodec;
  config: Config;
  /** Who is asking, and what their key lets them do. */
  caller: Caller;
  /** Extraction in worker threads, shared by every request. */
  extractor: ExtractionPool;
  /** Ends when the request's deadline passes or its client goes away. */
  signal: AbortSignal;
  /** The change feed, for subscriptions over WebSocket (absent over HTTP). */
  feed?: ChangeFeed;
}

/** The context as the server builds it: with the request's budget and its Cypher statement count. */
export type RequestContext = GraphQLContext & {
  statementCount?: () => number;
  budget?: RequestBudget;
  telemetry?: OperationTelemetry;
  bookmarks?: RequestBookmarks;
  /** The parts of entity and statement rows this request's Cypher returns, set once the operation is known. */
  rowShape?: { current: RowShape };
};
