import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type FieldDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkContract, contractHolds, printedSchema, type DeclaredBreak } from '../../src/contract/contract.js';

const released = readFileSync('contract/released.graphql', 'utf8');
const declared = JSON.parse(readFileSync('contract/breaking.json', 'utf8')) as DeclaredBreak[];
const current = printedSchema('schema');

/** A schema with one field of an object type changed: taken out, or marked deprecated. */
function editField(schema: string, type: string, field: string, change: 'remove' | 'deprecate'): string {
  let found = false;
  const edited = visit(parse(schema), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== type) return undefined;
      const fields = (node.fields ?? []).flatMap((f): FieldDefinitionNode[] => {
        if (f.name.value !== field) return [f];
        found = true;
        if (change === 'remove') return [];
        const reason = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'reason' }, value: { kind: Kind.STRING, value: 'going' } } as const;
        return [{ ...f, directives: [...(f.directives ?? []), { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'deprecated' }, arguments: [reason] }] }];
      });
      return { ...node, fields };
    },
  });
  expect(found).toBe(true);
  return print(edited);
}

const without = (schema: string, type: string, field: string) => editField(schema, type, field, 'remove');
const deprecating = (schema: string, type: string, field: string) => editField(schema, type, field, 'deprecate');

describe('the published contract', () => {
  it('commits the printed schema of schema/ and keeps the released contract', async () => {
    const report = await checkContract({ current, printed: readFileSync('schema.graphql', 'utf8'), released, declared });
    expect(report.printedIsCurrent).toBe(true);
    expect(report.undeclared).toEqual([]);
    expect(report.removedUndeprecated).toEqual([]);
    expect(contractHolds(report)).toBe(true);
  });

  it('fails on a removed field, declared or not, that the released schema had not deprecated', async () => {
    const removed = without(current, 'Person', 'wikidataId');
    const report = await checkContract({ current: removed, printed: removed, released: current, declared: [] });
    expect(report.undeclared).toEqual([expect.stringContaining('wikidataId')]);
    expect(report.removedUndeprecated).toEqual([expect.stringContaining('wikidataId')]);
    expect(contractHolds(report)).toBe(false);
    const declaredOnly = await checkContract({ current: removed, printed: removed, released: current, declared: [{ path: 'Person.wikidataId', reason: 'test' }] });
    expect(declaredOnly.undeclared).toEqual([]);
    expect(contractHolds(declaredOnly)).toBe(false);
  });

  it('lets a field go once a released schema deprecated it and the release declares it', async () => {
    const deprecated = deprecating(current, 'Person', 'wikidataId');
    const removed = without(current, 'Person', 'wikidataId');
    const undeclared = await checkContract({ current: removed, printed: removed, released: deprecated, declared: [] });
    expect(contractHolds(undeclared)).toBe(false);
    const report = await checkContract({ current: removed, printed: removed, released: deprecated, declared: [{ path: 'Person.wikidataId', reason: 'replaced by sameAs' }] });
    expect(report.removedUndeprecated).toEqual([]);
    expect(contractHolds(report)).toBe(true);
  });

  it('takes an added field as no break and notices a stale schema.graphql', async () => {
    const added = current.replace(/(type Person [^{]*\{\n)/, '$1  nickname: String\n');
    const report = await checkContract({ current: added, printed: current, released: current, declared: [] });
    expect(report.changes).toEqual([expect.objectContaining({ level: 'NON_BREAKING', path: 'Person.nickname' })]);
    expect(report.printedIsCurrent).toBe(false);
    expect(contractHolds(report)).toBe(false);
  });
});
