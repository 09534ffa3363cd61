import type { Config } from './config.js';
import type { Executor } from './db/executor.js';
import type { Loaders } from './modules/loaders.js';

/** What every resolver gets: the executor, this request's loaders, and who is asking. */
export interface GraphQLContext {
  db: Executor;
  loaders: Loaders;
  config: Config;
  /** Whether the request carried a valid API key. */
  authenticated: boolean;
}
