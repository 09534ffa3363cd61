import type { Config } from './config.js';

/** A small leveled logger to stderr; stdout stays free for command output such as `extract`. */
export interface Logger {
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

const RANK = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 } as const;

export function createLogger(level: Config['logLevel']): Logger {
  const at = RANK[level];
  const write = (rank: number, label: string) => (message: string, detail?: unknown) => {
    if (rank > at) return;
    const suffix = detail instanceof Error ? `\n${detail.stack ?? detail.message}` : detail === undefined ? '' : ` ${JSON.stringify(detail)}`;
    process.stderr.write(`${new Date().toISOString()} ${label} ${message}${suffix}\n`);
  };
  return { error: write(1, 'ERROR'), warn: write(2, 'WARN '), info: write(3, 'INFO '), debug: write(4, 'DEBUG') };
}
