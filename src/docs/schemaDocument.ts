import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, type DocumentNode, type GraphQLSchema } from 'graphql';

/** The SDL files of schema/ as one document, in file order. */
export function buildASTDocument(schemaDir: string): DocumentNode {
  const text = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'))
    .join('\n');
  return parse(text);
}

/** The schema of schema/ without resolvers: enough to describe it. */
export function schemaOf(schemaDir: string): GraphQLSchema {
  return buildASTSchema(buildASTDocument(schemaDir), { assumeValidSDL: true });
}
