import { analyse } from './src/extract/text.js';
import { readFileSync } from 'node:fs';
const a = JSON.parse(readFileSync('examples/tass-2022-02-17-lavrov/article.json','utf8'));
const x = analyse(a.text);
const s = x.tokens.filter(t => t.start > 2850 && t.start < 3000);
console.log(s.map(t => `${t.text}/${t.pos}/${t.lemma}`).join(' '));
const w = x.tokens.filter(t => t.start > 540 && t.start < 600);
console.log(w.map(t => `${t.text}/${t.pos}/${t.lemma}`).join(' '));
