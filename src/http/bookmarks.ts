import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { RequestContext } from '../context.js';
import { sendError } from './httpErrors.js';

/**
 * Read your own writes, across instances and cluster members: a write answers with the bookmarks
 * it left in `X-Saidgraph-Bookmark`; a client that sends them back on its next request is served
 * by sessions that start after that write (a follower waits until it has it).
 */
export const readBookmarks: express.RequestHandler = (req, res, next) => {
  const header = req.headers['x-saidgraph-bookmark'];
  const text = Array.isArray(header) ? header.join(',') : header ?? '';
  const bookmarks = text.split(',').map((b) => b.trim()).filter(Boolean);
  if (bookmarks.length > 16 || bookmarks.some((b) => b.length > 256 || !/^[A-Za-z0-9:+/=_.-]+$/.test(b))) {
    sendError(res, 400, 'BAD_USER_INPUT', 'X-Saidgraph-Bookmark takes up to 16 comma-separated bookmarks, as a write of this API returned them');
    return;
  }
  res.locals.bookmarks = bookmarks;
  next();
};

export const bookmarkPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const last = contextValue.bookmarks?.last ?? [];
        if (last.length) response.http.headers.set('x-saidgraph-bookmark', last.join(','));
      },
    };
  },
};
