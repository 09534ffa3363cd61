import { buildASTSchema, getNamedType, isListType, isNonNullType, isObjectType, isScalarType, isEnumType, isUnionType, isInterfaceType, parse, type GraphQLField, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { loadTypeDefs } from '../modules/typeDefs.js';

/** The types of the model drawn in docs/MODEL.md: the graph's objects, not the API's plumbing. */
export const MODEL_TYPES = ['Person', 'Organization', 'Office', 'Group', 'Place', 'Statement', 'Article', 'Tenure', 'Occurrence', 'Mention', 'Attribution', 'Edit'];

function typeText(type: GraphQLOutputType): string {
  if (isNonNullType(type)) return typeText(type.ofType);
  if (isListType(type)) return `${typeText(type.ofType)}[]`;
  return type.name;
}

/** The model types a field leads to: an object type, or the members of a union or an interface. */
function targets(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): string[] {
  const named = getNamedType(field.type);
  if (isUnionType(named)) return named.getTypes().map((t) => t.name);
  if (isInterfaceType(named)) return schema.getPossibleTypes(named).map((t) => t.name);
  if (isObjectType(named) && named.name.endsWith('Connection')) {
    const node = named.getFields().nodes;
    return node ? [getNamedType(node.type).name] : [];
  }
  return isObjectType(named) ? [named.name] : [];
}

/**
 * A Mermaid class diagram of the model, made from the schema: each model type with its scalar and
 * enum fields, and an arrow for each field that leads to another model type. Generated, so that
 * docs/MODEL.md cannot drift from schema/ (a test compares them).
 */
export function modelDiagram(schema: GraphQLSchema): string {
  const lines = ['classDiagram'];
  const arrows: string[] = [];
  for (const name of MODEL_TYPES) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    lines.push(`  class ${name} {`);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) lines.push(`    ${typeText(field.type)} ${field.name}`);
      else for (const target of targets(schema, field)) if (MODEL_TYPES.includes(target) && target !== name) arrows.push(`  ${name} --> ${target} : ${field.name}`);
    }
    lines.push('  }');
  }
  return [...lines, ...[...new Set(arrows)]].join('\n');
}

/** The schema of schema/ without resolvers: enough to describe it. */
export function schemaOf(schemaDir: string): GraphQLSchema {
  return buildASTSchema(parse(loadTypeDefs(schemaDir).join('\n')), { assumeValidSDL: true });
}
