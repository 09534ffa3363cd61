#!/usr/bin/env node
// Runs before `npm start` and `npm test` so that both work on a fresh clone: installs the npm
// packages when node_modules is missing or older than the lock file, and, for the tests, Debian's
// Chromium when it is missing and this user may install it. Plain Node: it needs no package.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const forTests = process.argv.includes('--tests');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const lock = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.error('saidgraph: installing npm packages (npm ci) ...');
  const started = Date.now();
  run('npm', ['ci', '--no-audit', '--no-fund']);
  console.error(`saidgraph: installed npm packages (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (forTests && !existsSync('/usr/bin/chromium')) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.error('saidgraph: installing Chromium for the browser test (apt-get install chromium) ...');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } else {
    console.error('saidgraph: the browser test needs Chromium at /usr/bin/chromium: install it (Debian: sudo apt-get install chromium).');
    process.exit(1);
  }
}
