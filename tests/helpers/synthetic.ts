import type { ArticleSource, Extraction, ExtractedStatement } from '../../src/extract/types.js';
import { buildArticleGraph, type ArticleGraph } from '../../src/ingest/graph.js';

export interface SyntheticOptions {
  /** Distinguishes one synthetic article's text from another's. */
  tag: string;
  statements: number;
  speaker: string;
  office?: { title: string; organization: string };
  publisher?: string;
  publishedAt?: string;
  /** The day of statement i; the publication day when not given. */
  saidOn?: (i: number) => string;
}

/**
 * An article made up for a test: `statements` sentences, each "Speaker said that <words i>.",
 * each statement mentioning the organization of the office. Its own data, so tests stay isolated.
 */
export function syntheticArticle(options: SyntheticOptions): ArticleGraph {
  const organization = options.office?.organization ?? 'Freedonia';
  let text = `${options.tag}\n\n`;
  const statements: ExtractedStatement[] = [];
  for (let i = 0; i < options.statements; i++) {
    const lead = `${options.speaker} said that `;
    const quote = `${organization} plan ${options.tag} number ${i} will go ahead`;
    const speakerStart = text.length;
    const start = speakerStart + lead.length;
    text += `${lead}${quote}. `;
    statements.push({
      key: `s${i}`,
      quote,
      start,
      end: start + quote.length,
      kind: 'indirect',
      cue: 'said',
      speaker: { name: options.speaker, type: 'Person' },
      speakerText: options.speaker,
      speakerStart,
      speakerEnd: speakerStart + options.speaker.length,
      method: 'name',
      confidence: 0.9,
      office: options.office ? { ...options.office, aliases: [] } : null,
      onBehalfOf: null,
      embeddedIn: null,
      mentions: [{ name: organization, type: 'Organization', start: 0, end: organization.length }],
      saidOn: options.saidOn?.(i) ?? options.publishedAt ?? null,
    });
  }
  const extraction: Extraction = {
    statements,
    entities: [
      { name: options.speaker, type: 'Person', aliases: [options.speaker.split(' ').at(-1)!] },
      { name: organization, type: 'Organization', kind: 'COUNTRY' },
    ],
    tenures: options.office ? [{ person: options.speaker, office: options.office, start: '2020-01-01', end: null, source: 'test' }] : [],
    extractor: 'test',
  };
  const source: ArticleSource = {
    title: `Synthetic ${options.tag}`,
    publisher: options.publisher ?? 'Test Wire',
    publishedAt: options.publishedAt ?? '2024-05-01',
    dateline: null,
    url: `https://example.test/${options.tag}`,
    language: 'en',
  };
  return buildArticleGraph(text, source, extraction);
}
