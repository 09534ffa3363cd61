#!/usr/bin/env node
// `npm run build`: the server and the command line compiled to dist/ (tsc), and GraphiQL's bundle
// (vite) when its sources changed since the last build. Each step says what it did and how long
// it took. Plain Node: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { filesUnder, newestMtime } from './sources.mjs';

const quiet = process.argv.includes('--quiet');
const say = (text) => {
  if (!quiet) console.error(`saidgraph: ${text}`);
};

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.stderr.isTTY ? process.env.FORCE_COLOR : '0' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function timed(label, work) {
  const started = Date.now();
  work();
  say(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const compiledFresh = existsSync('dist/cli.js') && statSync('dist/cli.js').mtimeMs >= newestMtime([...filesUnder('src'), 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json']);
if (compiledFresh) say('dist/ is up to date (src/ unchanged)');
else timed('compiled src/ to dist/', () => {
  rmSync('dist', { recursive: true, force: true });
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  // the worker's entry is plain JavaScript, loaded by path at run time
  copyFileSync('src/extract/extractWorker.boot.mjs', 'dist/extract/extractWorker.boot.mjs');
});

// GraphiQL's bundle depends on web/ and on the packages it bundles: rebuilt when their hash changes
const inputs = [...filesUnder('web'), 'package-lock.json'].sort();
const hash = createHash('sha256');
for (const file of inputs) hash.update(file).update(readFileSync(file));
const digest = hash.digest('hex');
const stamp = 'web/dist/.sources-sha256';
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync('web/dist/index.html')) {
  say('GraphiQL bundle is up to date (web/ unchanged)');
} else {
  timed('built the GraphiQL bundle (web/dist)', () => {
    run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
    writeFileSync(stamp, digest);
  });
}

