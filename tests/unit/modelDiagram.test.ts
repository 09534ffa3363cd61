import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_TYPES, modelDiagram, schemaOf } from '../../src/docs/modelDiagram.js';

describe('the model diagram of docs/MODEL.md', () => {
  const diagram = modelDiagram(schemaOf('schema'));

  it('is the one the schema makes (npm run docs:model writes it)', () => {
    const written = /```mermaid\n([\s\S]*?)\n```/.exec(readFileSync('docs/MODEL.md', 'utf8'))?.[1];
    expect(written).toBe(diagram);
  });

  it('draws every model type and the links researchers follow', () => {
    for (const type of MODEL_TYPES) expect(diagram).toContain(`class ${type} {`);
    expect(diagram).toContain('Statement --> Person : speaker');
    expect(diagram).toContain('Statement --> Office : inCapacityOf');
    expect(diagram).toContain('Occurrence --> Article : article');
    expect(diagram).toContain('Office --> Organization : organization');
    expect(diagram).toContain('Tenure --> Person : person');
  });
});
