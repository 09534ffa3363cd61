/**
 * `npm run train:extractor [-- --data DIR] [-- --check] [-- --curve]`: trains the statement filter,
 * the model that has the last word on each statement the rules find (src/extract/statementFilter.ts), and
 * writes its weights to src/extract/statementFilter.weights.ts.
 *
 * Learns from the dev sets in DIR (default ../shared/eval/dev): PolNeAR train, ggt-dev, bbc-dev and
 * the TASS article. PolNeAR dev is never read, so it stays a fair measure. Each statement the rules
 * find is labelled by the gold: one the gold has (matched as the scorer matches, both spans covering
 * half of each other) is a statement; one that touches no gold statement at all is not; one that
 * overlaps a gold statement without matching it (a span found too long or too short) teaches
 * nothing either way and is left out. A logistic regression over the features, fitted by full-batch
 * gradient descent with L2 (no sampling: the same data gives the same weights, to the byte). The
 * threshold is the one that maximises the sets' mean who-said-what F1 (statement and speaker right,
 * counted by the scorer's own matching, ../shared/eval/match.mjs beside DIR) on predictions made by
 * five folds over articles (fold by a seeded shuffle), each fold's model trained without it; those
 * out-of-fold figures are printed, so the gain on the sets it learns from is measured on articles it
 * has not seen; no set may lose more than a point against no filter, and each threshold is judged
 * by the mean F1 smoothed over the thresholds within 0.03 of it. (Chosen on detection alone, the
 * threshold moved by a few hundredths with any change of the rules, while who-said-what moved by
 * half a point between thresholds detection found equal; chosen as the middle of the thresholds
 * within a tenth of a point of the best, it went from 0.32 to 0.28 when a rule change took five
 * wrong candidates out of 9,700, though F1 rose at every threshold: the flat top is ragged.)
 * `--check` trains and fails when the result differs from the weights in the repository; `--curve`
 * prints every threshold's mean F1, smoothed, and the one chosen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractCandidates, type Candidate } from '../src/extract/extract.js';
import { random } from '../src/seededRandom.js';

const args = process.argv.slice(2);
const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1]! : '../shared/eval/dev';
const check = args.includes('--check');
const showCurve = args.includes('--curve');
const OUT = 'src/extract/statementFilter.weights.ts';
const SEED = 20261130;
const FOLDS = 5;
const ITERATIONS = 3000;
const RATE = 2;
const L2 = 1e-4;
const MIN_COUNT = 3;
/** How much F1 the filter may cost a set, out of fold, at the threshold chosen. */
const TOLERANCE = 0.01;
/** How many steps of 0.01 on either side of a threshold its smoothed F1 averages over. */
const SMOOTHING = 3;

const SETS = ['polnear-train.jsonl', 'ggt-dev.jsonl', 'bbc-dev.jsonl', 'tass-2022-02-17-lavrov.json'];

interface GoldStatement {
  quote: string;
  start?: number;
  end?: number;
  optional?: boolean;
  speaker?: string;
  reportedBy?: string;
}
interface GoldDoc {
  id: string;
  text: string;
  source?: Record<string, string>;
  statements: GoldStatement[];
  entities?: unknown[];
}
/** The scorer's own matching and speaker judgement (../shared/eval/match.mjs, beside the dev sets). */
interface Scorer {
  similarity(p: { start: number; end: number; quote: string }, g: GoldStatement): number;
  speakerOk(predicted: string, gold: string | undefined, entities: unknown[] | undefined): boolean;
  mentionOk(mention: { start: number; end: number } | null, g: GoldStatement): boolean;
}
/** One article's candidates as the scorer sees them, with the pairs it would match, best first. */
interface ScoredDoc {
  set: number;
  candidates: Candidate[];
  outOfFold: Float64Array;
  pairs: Array<{ candidate: number; gold: number }>;
  /** Whether a candidate paired with a gold statement has that statement's speaker. */
  right: Map<string, boolean>;
  optional: boolean[];
}
interface Example {
  set: number;
  doc: number;
  features: string[];
  label: 0 | 1;
  /** Each set of many articles weighs as much as the largest (PolNeAR train would otherwise teach its conventions alone). */
  weight: number;
}

function readSet(file: string): GoldDoc[] {
  const text = readFileSync(join(dataDir, file), 'utf8');
  if (file.endsWith('.json')) return [JSON.parse(text) as GoldDoc];
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
}

/** Labels each candidate of a document; null for one left out (it overlaps gold it does not match, or matches optional gold). */
function label(scorer: Scorer, doc: GoldDoc, candidates: Candidate[]): Array<0 | 1 | null> {
  const gold = doc.statements.map((g) => {
    const start = Number.isInteger(g.start) ? g.start! : doc.text.indexOf(g.quote);
    return { start, end: Number.isInteger(g.end) ? g.end! : start + g.quote.length, quote: g.quote, optional: g.optional === true };
  });
  const pairs: Array<[number, number, number]> = [];
  candidates.forEach((c, i) => gold.forEach((g, j) => {
    const s = scorer.similarity({ start: c.start, end: c.end, quote: doc.text.slice(c.start, c.end) }, g);
    if (s >= 0.5) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const ofCandidate = new Map<number, number>(), ofGold = new Set<number>();
  for (const [, i, j] of pairs) {
    if (ofCandidate.has(i) || ofGold.has(j)) continue;
    ofCandidate.set(i, j);
    ofGold.add(j);
  }
  return candidates.map((c, i) => {
    const j = ofCandidate.get(i);
    if (j !== undefined) return gold[j]!.optional ? null : 1;
    return gold.some((g) => c.start < g.end && c.end > g.start) ? null : 0;
  });
}


interface Model {
  bias: number;
  weights: Map<string, number>;
}

function fit(examples: Example[]): Model {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= MIN_COUNT).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = examples.reduce((sum, e) => sum + e.weight, 0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    for (let k = 0; k < examples.length; k++) {
      let z = bias;
      for (const i of rows[k]!) z += w[i]!;
      const err = (1 / (1 + Math.exp(-z)) - examples[k]!.label) * examples[k]!.weight;
      gb += err;
      for (const i of rows[k]!) grad[i]! += err;
    }
    bias -= (RATE * gb) / n;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - RATE * (grad[i]! / n + L2 * w[i]!);
  }
  return { bias, weights: new Map(names.map((name, i) => [name, w[i]!])) };
}

function score(model: Model, features: string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The candidates of one article, paired with its gold statements as the scorer pairs them. */
function scoredDoc(scorer: Scorer, set: number, doc: GoldDoc, candidates: Candidate[]): ScoredDoc {
  const all: Array<[number, number, number]> = [];
  candidates.forEach((c, i) => doc.statements.forEach((g, j) => {
    const s = scorer.similarity({ start: c.start, end: c.end, quote: doc.text.slice(c.start, c.end) }, g);
    if (s >= 0.5) all.push([s, i, j]);
  }));
  all.sort((a, b) => b[0] - a[0]);
  const right = new Map<string, boolean>();
  for (const [, i, j] of all) {
    const c = candidates[i]!, g = doc.statements[j]!;
    const ok = scorer.speakerOk(c.speaker.name, g.speaker, doc.entities) || scorer.mentionOk(c.speaker.mention, g) || (g.reportedBy !== undefined && scorer.speakerOk(c.speaker.name, g.reportedBy, doc.entities));
    right.set(`${i}:${j}`, ok);
  }
  return { set, candidates, outOfFold: new Float64Array(candidates.length), pairs: all.map(([, candidate, gold]) => ({ candidate, gold })), right, optional: doc.statements.map((g) => g.optional === true) };
}

/** Who-said-what on one set when the statements scoring under `threshold` are dropped: what score.mjs reports. */
function whoSaidWhat(docs: ScoredDoc[], set: number, goldCount: number, threshold: number): { p: number; r: number; f1: number } {
  let correct = 0, predicted = 0;
  for (const doc of docs) {
    if (doc.set !== set) continue;
    const kept = doc.candidates.map((c, i) => c.alwaysKept || doc.outOfFold[i]! >= threshold);
    const ofCandidate = new Map<number, number>(), ofGold = new Set<number>();
    for (const { candidate, gold } of doc.pairs) {
      if (!kept[candidate] || ofCandidate.has(candidate) || ofGold.has(gold)) continue;
      ofCandidate.set(candidate, gold);
      ofGold.add(gold);
    }
    kept.forEach((k, i) => {
      if (!k) return;
      const gold = ofCandidate.get(i);
      if (gold !== undefined && doc.optional[gold]) return;
      predicted++;
      if (gold !== undefined && doc.right.get(`${i}:${gold}`)) correct++;
    });
  }
  const p = correct / Math.max(1, predicted), r = correct / Math.max(1, goldCount);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

async function main(): Promise<void> {
  const scorer = (await import(pathToFileURL(resolve(dataDir, '..', 'match.mjs')).href)) as Scorer;
  const examples: Example[] = [];
  const docs: ScoredDoc[] = [];
  const goldCounts: number[] = [];
  const docsOfSet: number[] = [];
  SETS.forEach((file, set) => {
    const gold = readSet(file);
    goldCounts[set] = gold.reduce((n, d) => n + d.statements.filter((s) => !s.optional).length, 0);
    docsOfSet[set] = gold.length;
    for (const doc of gold) {
      const candidates = extractCandidates(doc.text, doc.source ?? {});
      const labels = label(scorer, doc, candidates);
      candidates.forEach((c, i) => {
        const l = labels[i];
        if (l !== null && l !== undefined) examples.push({ set, doc: docs.length, features: c.features, label: l, weight: 1 });
      });
      docs.push(scoredDoc(scorer, set, doc, candidates));
    }
  });
  const docId = docs.length;
  const perSet = SETS.map((_, set) => examples.filter((e) => e.set === set).length);
  for (const e of examples) if (docsOfSet[e.set]! > 1) e.weight = Math.max(...perSet) / perSet[e.set]!;

  // five folds over articles, assigned by a seeded shuffle
  const next = random(SEED);
  const order = [...Array(docId).keys()];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Map(order.map((doc, i) => [doc, i % FOLDS]));
  const outOfFold = new Float64Array(examples.length);
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(examples.filter((e) => fold.get(e.doc) !== k));
    examples.forEach((e, i) => {
      if (fold.get(e.doc) === k) outOfFold[i] = score(model, e.features);
    });
    docs.forEach((doc, d) => {
      if (fold.get(d) === k) doc.candidates.forEach((c, i) => { doc.outOfFold[i] = score(model, c.features); });
    });
  }

  // the threshold that maximises the sets' mean who-said-what F1, out of fold, as the scorer counts it
  const scored = SETS.map((_, set) => set).filter((set) => docsOfSet[set]! > 1);
  const f1At = (threshold: number, set: number) => whoSaidWhat(docs, set, goldCounts[set]!, threshold);
  // among those where no set, the TASS article included, loses more than a point against no filter
  // at all (on bbc-dev one statement moves F1 by 0.4 points)
  const every = SETS.map((_, set) => set);
  const unfiltered = every.map((set) => f1At(0, set).f1);
  // (the curve is flat near its top and ragged, a statement or two apart: each threshold is judged
  // by the mean of the curve over the thresholds within SMOOTHING of it, so that one statement more
  // or less does not move the choice from one end of the flat top to the other)
  const curve: Array<{ threshold: number; mean: number; allowed: boolean }> = [];
  for (let t = 0; t <= 0.9; t = Math.round((t + 0.01) * 100) / 100) {
    const allowed = !every.some((set) => f1At(t, set).f1 < unfiltered[set]! - TOLERANCE);
    curve.push({ threshold: t, mean: scored.reduce((s, set) => s + f1At(t, set).f1, 0) / scored.length, allowed });
  }
  const smoothed = curve.map((point, i) => {
    const window = curve.slice(Math.max(0, i - SMOOTHING), i + SMOOTHING + 1);
    return { ...point, smooth: window.reduce((s, p) => s + p.mean, 0) / window.length };
  });
  const best = smoothed.filter((p) => p.allowed).reduce((a, b) => (b.smooth > a.smooth ? b : a));
  if (showCurve) {
    for (const a of smoothed) console.error(`threshold ${a.threshold.toFixed(2)}: mean F1 ${(a.mean * 100).toFixed(2)}, smoothed ${(a.smooth * 100).toFixed(3)}${a.allowed ? '' : ', a set loses more than the tolerance'}${a === best ? '  <- chosen' : ''}`);
  }
  {
    const pos: number[] = [], neg: number[] = [];
    examples.forEach((e, i) => (e.label ? pos : neg).push(outOfFold[i]!));
    let wins = 0;
    const sortedNeg = [...neg].sort((a, b) => a - b);
    for (const p of pos) {
      let lo = 0, hi = sortedNeg.length;
      while (lo < hi) { const m = (lo + hi) >> 1; if (sortedNeg[m]! < p) lo = m + 1; else hi = m; }
      wins += lo;
    }
    console.error(`AUC out of fold ${(wins / (pos.length * neg.length)).toFixed(3)}`);
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.error(`statement filter: ${examples.length} candidates (${examples.filter((e) => e.label).length} statements) from ${docId} articles; threshold ${best.threshold}`);
  for (const set of scored) {
    const before = f1At(0, set), after = f1At(best.threshold, set);
    console.error(`  ${SETS[set]}: who-said-what, out of fold: P ${pct(before.p)} -> ${pct(after.p)}, R ${pct(before.r)} -> ${pct(after.r)}, F1 ${pct(before.f1)} -> ${pct(after.f1)}`);
  }

  const model = fit(examples);
  const entries = [...model.weights.entries()]
    .map(([name, w]) => [name, Math.round(w * 1e4) / 1e4] as const)
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const body = [
    '// Generated by `npm run train:extractor` (scripts/train-extractor.ts) from the dev sets: do not edit.',
    `// ${examples.length} candidates from ${docId} articles; seed ${SEED}; threshold chosen out of fold.`,
    `export const FILTER_BIAS = ${Math.round(model.bias * 1e4) / 1e4};`,
    `export const FILTER_THRESHOLD = ${best.threshold};`,
    'export const FILTER_WEIGHTS: Readonly<Record<string, number>> = {',
    ...entries.map(([name, w]) => `  ${JSON.stringify(name)}: ${w},`),
    '};',
    '',
  ].join('\n');
  if (check) {
    if (readFileSync(OUT, 'utf8') !== body) {
      console.error(`train:extractor: ${OUT} differs from what training gives; run npm run train:extractor`);
      process.exit(1);
    }
    console.error(`${OUT} is what training gives`);
    return;
  }
  writeFileSync(OUT, body);
  console.error(`wrote ${OUT}: ${entries.length} weights`);
}

await main();
