// The entry of an extraction worker thread. A worker does not always inherit the parent's
// TypeScript loader (under vitest it has none), so it loads the task through tsx's API, which
// works whether or not the process itself runs under tsx.
import { tsImport } from 'tsx/esm/api';

const { runExtraction } = await tsImport('./extractWorker.ts', import.meta.url);

export default runExtraction;
