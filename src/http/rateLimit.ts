import type { RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimits } from '../config.js';
import type { Caller } from './auth.js';
import { sendError } from './httpErrors.js';

/**
 * Requests per minute by API key, and by address for callers without one, counted in this
 * process's memory (rate-limiter-flexible). Several instances behind one balancer would each
 * count their own share; to share one count, give them rate-limiter-flexible's Redis limiter
 * (RateLimiterRedis) in place of RateLimiterMemory here.
 */
export function rateLimit(limits: RateLimits, callerOf: (res: Response) => Caller): RequestHandler {
  const byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.perAddress, duration: 60 });
  const byKey = new RateLimiterMemory({ keyPrefix: 'key', points: limits.perKey, duration: 60 });
  return (req, res, next) => {
    const caller = callerOf(res);
    const consumed = caller.key ? byKey.consume(caller.key.label) : byAddress.consume(req.socket.remoteAddress ?? 'unknown');
    consumed.then(
      (state) => {
        res.setHeader('x-ratelimit-remaining', String(state.remainingPoints));
        next();
      },
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) {
          next(rejection);
          return;
        }
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        const who = caller.key ? 'this API key' : 'this address';
        const limit = caller.key ? limits.perKey : limits.perAddress;
        sendError(res, 429, 'RATE_LIMITED', `${who} made more than ${limit} requests in a minute; retry in ${seconds} s`, { 'retry-after': String(seconds) });
      },
    );
  };
}
