import { describe, expect, it } from 'vitest';
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
