const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a user typed into a Lucene query that matches every word as typed: special characters
 * are escaped, so no input can make the full-text index throw. Null when nothing searchable is left.
 */
export function toLuceneQuery(input: string | null | undefined): string | null {
  if (!input) return null;
  const words = input
    .split(/\s+/)
    .map((w) => w.replace(SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT)$/.test(w));
  return words.length ? words.join(' AND ') : null;
}
