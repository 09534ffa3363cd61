// The published contract of the API (see src/contract/contract.ts):
//   npm run schema:print     writes schema.graphql from schema/
//   npm run schema:check     fails when schema.graphql is stale, or when it breaks the released
//                            schema (contract/released.graphql) in a way contract/breaking.json does
//                            not declare, or removes a field the released schema had not deprecated
//   npm run schema:release   makes schema.graphql the released schema and clears the declarations
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { checkContract, contractHolds, printedSchema, type DeclaredBreak } from '../src/contract/contract.js';

const PRINTED = 'schema.graphql';
const RELEASED = 'contract/released.graphql';
const DECLARED = 'contract/breaking.json';

const command = process.argv[2];
const current = printedSchema('schema');

if (command === 'print') {
  const before = existsSync(PRINTED) ? readFileSync(PRINTED, 'utf8') : '';
  writeFileSync(PRINTED, current);
  console.error(`saidgraph: ${PRINTED} ${before === current ? 'was up to date' : 'updated'}`);
} else if (command === 'release') {
  writeFileSync(PRINTED, current);
  writeFileSync(RELEASED, current);
  writeFileSync(DECLARED, '[]\n');
  console.error(`saidgraph: ${RELEASED} is now the schema of schema/; ${DECLARED} emptied`);
} else if (command === 'check') {
  const declared = JSON.parse(readFileSync(DECLARED, 'utf8')) as DeclaredBreak[];
  const report = await checkContract({ current, printed: readFileSync(PRINTED, 'utf8'), released: readFileSync(RELEASED, 'utf8'), declared });
  for (const change of report.changes) console.log(`${change.level.padEnd(12)} ${change.message}`);
  if (!report.printedIsCurrent) console.error(`saidgraph: ${PRINTED} is not the schema of schema/: run npm run schema:print`);
  for (const message of report.undeclared) console.error(`saidgraph: breaking change not declared in ${DECLARED}: ${message}`);
  for (const message of report.removedUndeprecated) console.error(`saidgraph: removed without a deprecation in the released schema (deprecate it in one release, remove it in a later one): ${message}`);
  for (const path of report.unusedDeclarations) console.error(`saidgraph: ${DECLARED} declares ${path}, which no change matches`);
  if (!contractHolds(report)) process.exit(1);
  console.error(`saidgraph: the schema keeps the released contract (${report.changes.length} change(s), none breaking undeclared)`);
} else {
  console.error('usage: tsx scripts/schema.ts print|check|release');
  process.exit(2);
}
