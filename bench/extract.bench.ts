/**
 * Extraction throughput on one core: articles and characters per second, best of several rounds.
 *
 *   npm run bench:extract                      generated articles (seeded)
 *   npm run bench:extract -- FILE.jsonl        articles of a file (e.g. ../shared/eval/dev/polnear-dev.jsonl)
 */
import { extract } from '../src/extract/extract.js';
import { readArticles } from '../src/ingest/articles.js';
import { generateArticles } from './articles.js';

async function corpus(file: string | undefined): Promise<Array<{ text: string; publishedAt: string | null }>> {
  if (!file) return generateArticles(300).map((a) => ({ text: a.text, publishedAt: a.publishedAt }));
  const results = await readArticles(file);
  return results.flatMap((r) => (r.ok ? [{ text: r.article.text, publishedAt: r.article.source.publishedAt }] : []));
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const articles = await corpus(file);
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  extract(articles[0]!.text); // loads the tagger's model outside the timed rounds
  const rounds: number[] = [];
  let statements = 0;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    statements = 0;
    for (const a of articles) statements += extract(a.text, { publishedAt: a.publishedAt }).statements.length;
    rounds.push(performance.now() - started);
  }
  const best = Math.min(...rounds);
  const result = {
    corpus: file ?? 'generated (300 articles, seed 42)',
    articles: articles.length,
    characters: chars,
    statements,
    bestMs: Math.round(best),
    articlesPerSecond: Math.round((articles.length / best) * 1000 * 10) / 10,
    charactersPerSecond: Math.round((chars / best) * 1000),
    roundsMs: rounds.map(Math.round),
    node: process.version,
  };
  console.log(JSON.stringify(result, null, 2));
}

await main();
