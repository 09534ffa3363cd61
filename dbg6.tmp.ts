import { readFileSync } from 'node:fs';
import { extract } from './src/extract/extract.js';
const a = JSON.parse(readFileSync('examples/tass-2022-02-17-lavrov/article.json','utf8'));
const x = extract(a.text, a.source);
for (const s of x.statements) console.log(s.key, s.kind, '|', s.cue, '|', s.speaker?.name, '<', s.speakerText, '|', s.office?.title, '/', s.office?.organization, '| behalf', s.onBehalfOf, '| in', s.embeddedIn, '|', s.quote.slice(0, 60));
