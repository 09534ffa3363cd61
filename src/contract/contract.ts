import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildASTSchema, buildSchema, getNamedType, isInputObjectType, isInterfaceType, isObjectType, lexicographicSortSchema, parse, printSchema, type GraphQLSchema } from 'graphql';
import { loadTypeDefs } from '../modules/typeDefs.js';

/**
 * The published contract of the API: `schema.graphql` (the printed schema, committed), compared with
 * the last released schema (`contract/released.graphql`) by GraphQL Inspector. A breaking change
 * passes only when `contract/breaking.json` declares it, and a field or enum value goes only after
 * the released schema had deprecated it.
 */

/** A breaking change a release makes on purpose, with why. */
export interface DeclaredBreak {
  /** The path GraphQL Inspector gives the change, e.g. "Person.nickname". */
  path: string;
  reason: string;
}

export interface ContractReport {
  /** Whether `schema.graphql` is the schema that schema/ defines. */
  printedIsCurrent: boolean;
  /** Every change from the released schema, as GraphQL Inspector words it. */
  changes: Array<{ level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING'; path: string | null; message: string }>;
  /** Breaking changes that breaking.json does not declare. */
  undeclared: string[];
  /** Fields and enum values removed without a deprecation in the released schema (declared or not). */
  removedUndeprecated: string[];
  /** Declarations that match no change (left over from an earlier release). */
  unusedDeclarations: string[];
}

/** The printed schema of the SDL under `schemaDir`, sorted so that its diffs read well. */
export function printedSchema(schemaDir: string): string {
  const schema = buildASTSchema(parse(loadTypeDefs(schemaDir).join('\n')));
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Whether `path` ("Type.field" or "Enum.VALUE") was deprecated in the released schema. */
function deprecatedIn(schema: GraphQLSchema, path: string): boolean {
  const [typeName, member] = path.split('.');
  if (!typeName || !member) return false;
  const type = schema.getType(typeName);
  if (!type) return false;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return Boolean(type.getFields()[member]?.deprecationReason);
  const named = getNamedType(type);
  if ('getValue' in named && typeof named.getValue === 'function') return Boolean(named.getValue(member)?.deprecationReason);
  return false;
}

const REMOVALS = new Set(['FIELD_REMOVED', 'ENUM_VALUE_REMOVED', 'INPUT_FIELD_REMOVED']);

const LEVELS: Record<string, ContractReport['changes'][number]['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'NON_BREAKING',
};

/** Compares the current schema with the released one and the declarations. */
export async function checkContract(input: { current: string; printed: string; released: string; declared: DeclaredBreak[] }): Promise<ContractReport> {
  const released = buildSchema(input.released);
  const current = buildSchema(input.current);
  const changes: Change[] = await diff(released, current);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const declaredPaths = new Set(input.declared.map((d) => d.path));
  return {
    printedIsCurrent: input.printed === input.current,
    changes: changes.map((c) => ({ level: LEVELS[c.criticality.level] ?? 'BREAKING', path: c.path ?? null, message: c.message })),
    undeclared: breaking.filter((c) => !c.path || !declaredPaths.has(c.path)).map((c) => c.message),
    removedUndeprecated: changes.filter((c) => REMOVALS.has(c.type) && c.path && !deprecatedIn(released, c.path)).map((c) => c.message),
    unusedDeclarations: input.declared.filter((d) => !breaking.some((c) => c.path === d.path)).map((d) => d.path),
  };
}

/** Whether a report lets the schema ship. */
export function contractHolds(report: ContractReport): boolean {
  return report.printedIsCurrent && report.undeclared.length === 0 && report.removedUndeprecated.length === 0;
}
