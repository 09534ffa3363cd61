import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { EXAMPLE_DIR } from '../../src/ingest/example.js';
import { fixtureToExtraction, type StatementFixture } from '../../src/ingest/fixture.js';
import { buildArticleGraph } from '../../src/ingest/graph.js';

const article = JSON.parse(readFileSync(path.join(EXAMPLE_DIR, 'article.json'), 'utf8'));
const fixture: StatementFixture = JSON.parse(readFileSync(path.join(EXAMPLE_DIR, 'statements.fixture.json'), 'utf8'));

describe('the example fixture', () => {
  const extraction = fixtureToExtraction(article.text, fixture);

  it('gives every statement its exact span and the span of its speaker', () => {
    for (const s of extraction.statements) {
      expect(article.text.slice(s.start, s.end)).toBe(s.quote);
      expect(article.text.slice(s.speakerStart!, s.speakerEnd!)).toBe(s.speakerText);
    }
    const body = extraction.statements.find((s) => s.key === 'lavrov-areas-of-influence')!;
    expect(body.start).toBeGreaterThan(1000);
  });

  it('builds one article graph with nested statements and offices', () => {
    const graph = buildArticleGraph(article.text, article.source, extraction);
    expect(graph.statements).toHaveLength(17);
    expect(new Set(graph.statements.map((s) => s.id)).size).toBe(17);
    expect(graph.embedded).toHaveLength(2);
    expect(graph.offices.map((o) => o.id)).toContain('office:russia:minister-of-foreign-affairs');
    expect(graph.entities.find((e) => e.id === 'organization:tass')?.kind).toBe('MEDIA');
    expect(graph.article.publisherId).toBe('organization:tass');
  });

  it('fails with a clear error when a quote is not in the text', () => {
    const broken = { ...fixture, statements: [{ ...fixture.statements[0]!, quote: 'words nobody wrote' }] };
    expect(() => fixtureToExtraction(article.text, broken)).toThrowError(/quote is not in the article/);
  });
});

describe('findMentions', () => {
  const entities = [
    { name: 'NATO', type: 'Organization' as const, aliases: ['the alliance'] },
    { name: 'NATO-Russia Council', type: 'Organization' as const },
    { name: 'United States', type: 'Organization' as const, aliases: ['US'] },
  ];

  it('keeps the longest name, whole words only, case as written', () => {
    const text = 'The NATO-Russia Council met; NATO and the alliance told us the US agreed. NATOS is not.';
    expect(findMentions(text, entities).map((m) => [m.name, text.slice(m.start, m.end)])).toEqual([
      ['NATO-Russia Council', 'NATO-Russia Council'],
      ['NATO', 'NATO'],
      ['NATO', 'the alliance'],
      ['United States', 'US'],
    ]);
  });
});
