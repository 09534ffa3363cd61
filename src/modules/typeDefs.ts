import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The SDL of every module under schema/, read when the server is built (not at import). */
export function loadTypeDefs(schemaDir: string): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'));
}
