import { analyse } from './src/extract/text.js';
const x = analyse(process.argv[2]!);
console.log(x.tokens.map(t => `${t.text}/${t.pos}/${t.lemma}`).join(' '));
