import { analyse } from './src/extract/text.js';
import { buildContext } from './src/extract/context.js';
import { findQuotes } from './src/extract/quotes.js';
import { findFrames } from './src/extract/frames.js';
const t = process.argv[2]!;
const a = analyse(t); const ctx = buildContext(a, findQuotes(t, a.paragraphs));
console.log(ctx.sentences.map(s => JSON.stringify(t.slice(s.start, s.end))));
console.log(ctx.quotes);
console.log(findFrames(ctx).map(f => ({...f, cue: f.cue?.text, speaker: f.speaker?.text, q: t.slice(f.start, f.end)})));
