import { describe, expect, it } from 'vitest';
import { entityId, normaliseStatementText, officeId, slug, statementId } from '../../src/ingest/ids.js';

describe('ids', () => {
  it('are slugs of type and name', () => {
    expect(entityId('Person', 'Sergey Lavrov')).toBe('person:sergey-lavrov');
    expect(entityId('Organization', 'NATO-Russia Council')).toBe('organization:nato-russia-council');
    expect(officeId('Russia', 'Minister of Foreign Affairs')).toBe('office:russia:minister-of-foreign-affairs');
    expect(slug('Josep Borrell Fontelles')).toBe('josep-borrell-fontelles');
    expect(slug('Zoë Ñúñez')).toBe('zoe-nunez');
  });

  it('make the same words by the same speaker one statement, whatever the typography', () => {
    const a = statementId('person:sergey-lavrov', 'It’s up to Russia to decide.');
    expect(statementId('person:sergey-lavrov', "It's up to  Russia to decide")).toBe(a);
    expect(statementId('person:dmitry-peskov', 'It’s up to Russia to decide.')).not.toBe(a);
    expect(statementId('person:sergey-lavrov', 'It’s up to Italy to decide.')).not.toBe(a);
    expect(normaliseStatementText('“Empty”  and — groundless.')).toBe('"empty" and - groundless');
  });
});
