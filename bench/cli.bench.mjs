#!/usr/bin/env node
// `npm run bench:cli`: how long a newcomer waits for the command line: `saidgraph --help` and
// `saidgraph extract` of one short article, each run 5 times as a user runs it (a new process via
// bin/saidgraph.js, compiled dist/ when it is fresh); prints the median and the slowest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RUNS = 5;
const dir = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-cli-'));
const article = path.join(dir, 'one.jsonl');
writeFileSync(article, `${JSON.stringify({ id: 'one', title: 'Port', text: 'Transport Minister Lena Holm said on Friday that the new port would open in 2026. "It will change the town," she said.' })}\n`);

function time(args) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['bin/saidgraph.js', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`saidgraph ${args.join(' ')} failed: ${result.stderr}`);
    runs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(RUNS / 2)], slowest: runs.at(-1) };
}

for (const [name, args] of [['saidgraph --help', ['--help']], ['saidgraph extract (one short article)', ['extract', article]]]) {
  const { median, slowest } = time(args);
  console.log(`${name}: median ${(median / 1000).toFixed(2)} s, slowest ${(slowest / 1000).toFixed(2)} s (${RUNS} runs)`);
}
