#!/usr/bin/env node
// The `saidgraph` command (npx saidgraph ...). Runs the compiled JavaScript of `npm run build`
// (dist/) when it is at least as new as every source file; otherwise the TypeScript of src/
// through tsx, so that a change is never run stale (slower to start: it compiles as it loads).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, newestMtime } from '../scripts/sources.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = path.join(root, 'dist', 'cli.js');

if (existsSync(compiled) && statSync(compiled).mtimeMs >= newestMtime(filesUnder(path.join(root, 'src')))) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
