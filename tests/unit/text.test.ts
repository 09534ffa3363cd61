import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/quotes.js';
import { analyse } from '../../src/extract/text.js';

const words = (text: string) => analyse(text).tokens.map((t) => t.text);

describe('analyse', () => {
  it('reads a text as it reads it first, whatever it read before (the tagger learns words as it goes)', () => {
    const text = 'Smithson’s Son Says The Race Is Close';
    const first = words(text);
    expect(first.slice(0, 3)).toEqual(['Smithson', '’s', 'Son']);
    // a possessive before a full stop is taken whole, and was then a word the tagger knew
    expect(words('Her view could not be more different from Smithson’s.')).toContain('Smithson’s');
    expect(words(text)).toEqual(first);
  });
});

describe('findQuotes', () => {
  it('leaves out a straight closing mark whose opening one is lost, so that the marks after it pair as they should', () => {
    const text = 'He said the plan was naive. The French want to sell arms to China." Later the minister said it was " a worrying issue for Japan". Brad Adams said: "This is a huge signal."';
    const quotes = findQuotes(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));
    expect(quotes).toEqual(['a worrying issue for Japan', 'This is a huge signal.']);
  });

  it('still opens a quote at a paragraph\'s start', () => {
    const text = '"We will win," she said.';
    expect(findQuotes(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end))).toEqual(['We will win']);
  });
});
