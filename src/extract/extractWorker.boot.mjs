// The entry of an extraction worker thread. Compiled (dist/), the task is the JavaScript next to
// this file. From source, a worker does not always inherit the parent's TypeScript loader (under
// vitest it has none), so it loads the task through tsx's API, which works whether or not the
// process itself runs under tsx.
import { existsSync } from 'node:fs';

const compiled = new URL('./extractWorker.js', import.meta.url);
const { runExtraction } = existsSync(compiled)
  ? await import(compiled.href)
  : await (await import('tsx/esm/api')).tsImport('./extractWorker.ts', import.meta.url);

export default runExtraction;
