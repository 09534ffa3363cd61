import { describe, expect, it } from 'vitest';
import { extract, extractCandidates } from '../../src/extract/extract.js';
import { keepsStatement, statementScore } from '../../src/extract/statementFilter.js';
import { FILTER_THRESHOLD, FILTER_WEIGHTS } from '../../src/extract/statementFilter.weights.js';

const quoteOf = (text: string, c: { start: number; end: number }) => text.slice(c.start, c.end);

describe('the statement filter (a trained model over what the rules find)', () => {
  it('is a logistic model: the bias and the weights of the features present, nothing else', () => {
    const weights = { 'cue=said': 2, 'cue-1=also': -3 };
    expect(statementScore([], weights, 0)).toBe(0.5);
    expect(statementScore(['cue=said'], weights, 0)).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(statementScore(['cue=said', 'cue-1=also', 'unknown feature'], weights, 1)).toBeCloseTo(1 / (1 + Math.exp(0)), 12);
  });

  it('ships trained weights and a threshold chosen by training', () => {
    expect(Object.keys(FILTER_WEIGHTS).length).toBeGreaterThan(100);
    expect(FILTER_THRESHOLD).toBeGreaterThan(0);
    expect(FILTER_THRESHOLD).toBeLessThan(0.5);
  });

  it("describes a candidate by its cue, tense, speaker and place, and drops one the model does not believe ('the ad also mentions')", () => {
    const text = 'Senator Ann Holm spoke in Ohio on Tuesday. The ad also mentions the one inmate whose sentence the governor commuted. "We will win this state," Holm said.';
    const candidates = extractCandidates(text);
    const ad = candidates.find((c) => quoteOf(text, c).startsWith('the one inmate'));
    const quote = candidates.find((c) => quoteOf(text, c) === 'We will win this state');
    expect(ad?.features).toEqual(expect.arrayContaining(['cue=mentions', 'cue-1=also', 'head=ad', 'type=Group']));
    expect(quote?.features).toEqual(expect.arrayContaining(['cue=said', 'kind=direct', 'resolvedBy=name', 'type=Person', 'cueAfter']));
    expect(keepsStatement(ad!.features)).toBe(false);
    expect(keepsStatement(quote!.features)).toBe(true);
    expect(extract(text).statements.map((s) => s.quote)).toEqual(['We will win this state']);
  });

  it('marks a progressive or perfect cue, which news live blogs use for what is not a statement of the day', () => {
    const text = 'Mayor Jo Lind is demanding that the council reopen the library. Lind has said the budget can carry it.';
    const features = extractCandidates(text).map((c) => c.features);
    expect(features.some((f) => f.includes('progressive'))).toBe(true);
    expect(features.some((f) => f.includes('perfect'))).toBe(true);
  });

  it('never drops a verb of speech with its "that" clause, though the model learned "pointed out" from a set that leaves it unannotated', () => {
    const text = 'Mayor Ana Ruiz pointed out that the bridge would reopen in May.';
    const [candidate] = extractCandidates(text);
    expect(candidate?.features).toContain('cue=pointed out');
    expect(extract(text).statements.map((s) => s.quote)).toEqual(['the bridge would reopen in May']);
    // nor one whose verb shares its subject with the verb before ("recalled ... and pointed out that")
    const joined = 'Ruiz recalled the agreement and pointed out that a question by a journalist was incorrect.';
    expect(extractCandidates(joined).find((c) => quoteOf(joined, c) === 'a question by a journalist was incorrect')?.alwaysKept).toBe(true);
  });

  it('keeps every statement it keeps unchanged: extraction is the candidates the model keeps', () => {
    const text = 'Prime Minister Tony Blair said the plan would work. "It is a good day," he said. The report also mentions the tax.';
    const candidates = extractCandidates(text).filter((c) => c.alwaysKept || keepsStatement(c.features));
    expect(extract(text).statements.map((s) => [s.start, s.end])).toEqual(candidates.map((c) => [c.start, c.end]));
  });
});
