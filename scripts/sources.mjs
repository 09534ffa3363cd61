// What the build and the `saidgraph` command share to tell whether dist/ is as new as its sources.
// Plain Node: it runs before anything is compiled.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder, recursively, leaving out folders named `skip`. */
export function filesUnder(dir, skip = 'dist') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === skip ? [] : filesUnder(file, skip);
    return [file];
  });
}

/** The latest modification time of some files, in milliseconds. */
export function newestMtime(files) {
  return Math.max(0, ...files.map((file) => statSync(file).mtimeMs));
}
