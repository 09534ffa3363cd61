import { extract } from './src/extract/extract.js';
import { readFileSync } from 'node:fs';
const a = JSON.parse(readFileSync('examples/tass-2022-02-17-lavrov/article.json','utf8'));
const x = extract(a.text, a.source);
for (const s of x.statements) console.log(s.key, s.kind, s.start, s.end, '|', s.cue, '|', s.speaker?.name, '<', s.speakerText, '|', s.office?.title, s.office?.organization, '| in', s.embeddedIn, '|', s.quote.slice(0, 70));
console.log(x.entities.map(e => `${e.type}:${e.name}`).join(', '));
