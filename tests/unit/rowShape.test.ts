import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FULL_SHAPE } from '../../src/db/rowShape.js';
import { loadTypeDefs } from '../../src/modules/typeDefs.js';
import { RowShapes, shapeOfDocument } from '../../src/modules/shared/rowShape.js';

const schema = buildSchema(loadTypeDefs('schema').join('\n'));
const shapeOf = (query: string) => shapeOfDocument(schema, parse(query));
const on = (parts: Record<string, boolean>) => Object.keys(parts).filter((k) => parts[k]).sort();

describe('row shapes', () => {
  it('reads the parts of rows the document selects, and no others', () => {
    const shape = shapeOf(`query($id: ID!) { statements(where: { speakerId: $id }, first: 20) { nodes { id text saidOn inCapacityOf { title }
      occurrences { start end article { title publisher { name } } } mentions { entity { ... on Organization { name } } } } } }`);
    expect(on(shape.statement)).toEqual(['officeId', 'saidOn', 'text']);
    expect(on(shape.entity)).toEqual(['title']);
    expect(on(shape.article)).toEqual(['publisherId', 'title']);
    expect(on(shape.occurrence)).toEqual([]);
    expect(on(shapeOf('{ statement(id: "x") { occurrences { quote cue article { url } } } }').occurrence)).toEqual(['cue', 'quote']);
  });

  it('takes the union of every selection of a kind, through fragments, aliases and nested pages', () => {
    const shape = shapeOf(`query { organization(id: "o") { ...org offices { title holders { person { name statements(first: 3) { nodes { text } } } } } }
      person(id: "p") { also: aliases wikidataId } }
      fragment org on Organization { kind version }`);
    expect(on(shape.entity)).toEqual(['aliases', 'kind', 'title', 'version', 'wikidataId']);
    expect(on(shape.statement)).toEqual(['text']);
    // an office's organization is read through the id its row carries
    expect(on(shapeOf('{ office(id: "x") { organization { name } } }').entity)).toEqual(['organizationId']);
    expect(on(shapeOf('{ statement(id: "x") { speaker { __typename } embeddedIn { id } } }').statement)).toEqual(['embeddedInId', 'speakerId']);
  });

  it('gives whole rows to mutations and to documents with a field whose reads are not listed', () => {
    expect(shapeOf('mutation { ingestArticle(input: { text: "x" }) { article { id } } }')).toBe(FULL_SHAPE);
    expect(shapeOf('{ statement(id: "x") { jsonLd } }')).toBe(FULL_SHAPE);
    expect(shapeOf('{ statement(id: "x") { attribution { method } } }')).toBe(FULL_SHAPE);
    expect(shapeOf('{ statementCounts(by: SPEAKER) { key count } }')).toBe(FULL_SHAPE);
  });

  it('remembers a shape per parsed document', () => {
    const shapes = new RowShapes();
    const document = parse('{ person(id: "p") { name } }');
    expect(shapes.of(schema, document)).toBe(shapes.of(schema, document));
    expect(on(shapes.of(schema, document).entity)).toEqual([]);
  });
});
