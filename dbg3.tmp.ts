import { analyse } from './src/extract/text.js';
import { buildContext } from './src/extract/context.js';
import { findQuotes } from './src/extract/quotes.js';
import { findFrames, cueAt } from './src/extract/frames.js';
import { subjectBefore } from './src/extract/phrases.js';
const t = process.argv[2]!;
const a = analyse(t); const ctx = buildContext(a, findQuotes(t, a.paragraphs));
for (let i = 0; i < ctx.tokens.length; i++) { const c = cueAt(ctx, i); if (c) console.log('cue', c, 'subj', subjectBefore(ctx, i, 0)); }
console.log(findFrames(ctx));
