import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

/** Runs the command line with no database configured: what is checked here is refused or answered before one is needed. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli.ts'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    // (a database that cannot be reached: anything that tried to start one would fail, not wait)
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// (each case starts Node with tsx: a few seconds on a busy machine)
describe('the command line', { timeout: 60_000 }, () => {
  it.each([['ingest', '--help'], ['help', 'ingest'], ['ingest', '-h']])('answers "%s %s" with the command\'s usage, and starts nothing', (...args) => {
    const { status, stdout } = cli(...args);
    expect(status).toBe(0);
    expect(stdout).toContain('saidgraph ingest [--bulk [N] | --import] FILE|DIR...');
    expect(stdout).not.toContain('saidgraph export');
  });

  it('refuses an option a command does not take, with a code, before it reads a file or a database', () => {
    const { status, stderr } = cli('ingest', '--bluk', 'articles.jsonl');
    expect(status).toBe(2);
    expect(stderr).toContain('[USAGE] ingest takes no option --bluk (it takes --bulk, --import)');
  });
});
