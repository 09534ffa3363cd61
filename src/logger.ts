import { pino, type Logger as PinoLogger } from 'pino';
import type { Config } from './config.js';

/**
 * The leveled logger, to stderr (stdout stays free for command output such as `extract`): JSON
 * lines through pino (`LOG_FORMAT=json`, the default when stderr is not a terminal: servers, log
 * collectors) or plain lines (`text`, the default in a terminal). `child` adds fields to every line,
 * such as a request's id.
 */
export interface Logger {
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
  child(fields: Record<string, unknown>): Logger;
}

const RANK = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 } as const;

export function createLogger(level: Config['logLevel'], format: Config['logFormat'] = process.stderr.isTTY ? 'text' : 'json', destination?: NodeJS.WritableStream): Logger {
  if (format === 'json') {
    return fromPino(pino({ level, base: { service: 'saidgraph' }, timestamp: pino.stdTimeFunctions.isoTime }, destination ?? pino.destination({ fd: 2, sync: true })));
  }
  return textLogger(level, {});
}

/** pino takes an object then a message; an Error goes in as `err` (with its stack), other details as `detail`. */
function fromPino(log: PinoLogger): Logger {
  const write = (method: 'error' | 'warn' | 'info' | 'debug') => (message: string, detail?: unknown) => {
    if (detail === undefined) log[method](message);
    else if (detail instanceof Error) log[method]({ err: detail }, message);
    else if (detail && typeof detail === 'object' && !Array.isArray(detail)) log[method](detail as object, message);
    else log[method]({ detail }, message);
  };
  return { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug'), child: (fields) => fromPino(log.child(fields)) };
}

function textLogger(level: Config['logLevel'], fields: Record<string, unknown>): Logger {
  const at = RANK[level];
  const context = Object.keys(fields).length ? ` ${Object.entries(fields).map(([k, v]) => `${k}=${String(v)}`).join(' ')}` : '';
  const write = (rank: number, label: string) => (message: string, detail?: unknown) => {
    if (rank > at) return;
    const suffix = detail instanceof Error ? `\n${detail.stack ?? detail.message}` : detail === undefined ? '' : ` ${JSON.stringify(detail)}`;
    process.stderr.write(`${new Date().toISOString()} ${label} ${message}${context}${suffix}\n`);
  };
  return { error: write(1, 'ERROR'), warn: write(2, 'WARN '), info: write(3, 'INFO '), debug: write(4, 'DEBUG'), child: (more) => textLogger(level, { ...fields, ...more }) };
}
