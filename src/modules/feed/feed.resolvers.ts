import { AppError } from '../../errors.js';
import type { StatementEventModel } from '../../feed/changeFeed.js';
import type { Resolvers } from '../../generated/graphql.js';
import { createLoaders } from '../loaders.js';
import { toStatementFilter } from '../statement/statement.service.js';

/** The change feed over graphql-ws: `statementAdded`. */
export const feedResolvers: Resolvers = {
  Subscription: {
    statementAdded: {
      subscribe: (_, { where, since }, ctx) => {
        if (!ctx.feed) throw new AppError('SUBSCRIPTIONS_UNSUPPORTED', 'subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP');
        if (where?.text) throw new AppError('BAD_USER_INPUT', 'statementAdded takes every filter of StatementWhere but text: filter the text of the statements it sends', { details: { argument: 'where.text' } });
        if (since !== null && since !== undefined && since < 0) throw new AppError('BAD_USER_INPUT', 'since must be a sequence number, 0 or more', { details: { argument: 'since' } });
        const events = ctx.feed.statements(toStatementFilter(where), since ?? null, ctx.signal);
        return (async function* () {
          for await (const event of events) {
            // a subscription lives long: each event reads the graph as it is now, with fresh loaders
            ctx.loaders = createLoaders(ctx.db);
            yield { statementAdded: event };
          }
        })();
      },
    },
  },
  StatementEvent: {
    statement: async (event, _, { loaders }) => {
      const statement = await loaders.statement.load(event.statementId);
      if (!statement) throw new AppError('NOT_FOUND', `statement ${event.statementId} is no longer in the graph (its article was retracted)`);
      return statement;
    },
    article: (event, _, { loaders }) => (event.articleId ? loaders.article.load(event.articleId) : null),
  },
};

export type { StatementEventModel };
