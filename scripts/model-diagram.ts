// `npm run docs:model`: writes the model diagram of docs/MODEL.md from schema/ (a unit test fails
// when the two differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { modelDiagram, schemaOf } from '../src/docs/modelDiagram.js';

const FILE = 'docs/MODEL.md';
const text = readFileSync(FILE, 'utf8');
const diagram = modelDiagram(schemaOf('schema'));
const updated = text.replace(/```mermaid\n[\s\S]*?```/, `\`\`\`mermaid\n${diagram}\n\`\`\``);
writeFileSync(FILE, updated);
console.error(`saidgraph: ${FILE} ${updated === text ? 'was up to date' : 'updated'}`);
