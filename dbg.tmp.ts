import { extract } from './src/extract/extract.js';
for (const t of process.argv.slice(2)) {
  const x = extract(t);
  console.log('>>', t);
  for (const s of x.statements) console.log('   ', s.kind, '|', s.cue, '|', s.speaker?.name, '<', s.speakerText, '|', JSON.stringify(s.quote));
}
