import { analyse } from './src/extract/text.js';
import { buildContext } from './src/extract/context.js';
import { findQuotes } from './src/extract/quotes.js';
import { findFrames, continuationFrames } from './src/extract/frames.js';
const t = process.argv[2]!;
const a = analyse(t); const ctx = buildContext(a, findQuotes(t, a.paragraphs));
const f = findFrames(ctx);
console.log(f.map(x => [x.start, x.end, x.kind, x.cue?.text]));
console.log(continuationFrames(ctx, f).map(x => [x.start, x.end]));
