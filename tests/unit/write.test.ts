import { describe, expect, it } from 'vitest';
import { uniqueRows } from '../../src/ingest/write.js';

const person = (aliases: string[], extra: Partial<{ kind: string | null; description: string | null; wikidataId: string | null }> = {}) => ({
  id: 'person:ada-quill', label: 'Person', name: 'Ada Quill', aliases, kind: null, description: null, wikidataId: null, ...extra,
});

describe('uniqueRows', () => {
  it('merges the rows of one entity, office and tenure as the Cypher merges them one by one', () => {
    const rows = uniqueRows({
      entities: [person(['Quill']), person(['A. Quill', 'Quill'], { description: 'first', kind: 'X' }), person([], { description: 'second', kind: 'Y', wikidataId: 'Q1' })],
      offices: [
        { id: 'office:f:pm', title: 'Prime Minister', aliases: ['PM'], organizationId: 'organization:f', wikidataId: null },
        { id: 'office:f:pm', title: 'Prime Minister', aliases: ['Premier', 'PM'], organizationId: 'organization:f', wikidataId: 'Q2' },
      ],
      tenures: [
        { personId: 'person:ada-quill', officeId: 'office:f:pm', start: '2020-01-01', end: null, source: 'first' },
        { personId: 'person:ada-quill', officeId: 'office:f:pm', start: '2020-01-01', end: '2022-01-01', source: 'second' },
        { personId: 'person:ada-quill', officeId: 'office:f:pm', start: '2024-01-01', end: null, source: 'third' },
      ],
    });
    expect(rows.entities).toEqual([person(['Quill', 'A. Quill'], { description: 'first', kind: 'Y', wikidataId: 'Q1' })]);
    expect(rows.offices).toEqual([{ id: 'office:f:pm', title: 'Prime Minister', aliases: ['PM', 'Premier'], organizationId: 'organization:f', wikidataId: 'Q2' }]);
    expect(rows.tenures).toEqual([
      { personId: 'person:ada-quill', officeId: 'office:f:pm', start: '2020-01-01', end: '2022-01-01', source: 'first' },
      { personId: 'person:ada-quill', officeId: 'office:f:pm', start: '2024-01-01', end: null, source: 'third' },
    ]);
  });
});
