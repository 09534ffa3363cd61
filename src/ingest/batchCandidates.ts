import type { TxRunner } from '../db/executor.js';
import type { ArticleGraph } from './graph.js';
import { describeCandidates, type CandidateFinder, type Found, type Lookup } from './resolveEntities.js';

/**
 * The words of a name as the full-text index splits them (Lucene's standard tokenizer, lower
 * case): letters and digits, joined inside a word by an apostrophe, a full stop or a colon
 * ("o'brien", "u.s").
 */
export function nameWords(name: string): string[] {
  return (name.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.:][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** Whether a name holds a search term as the full-text index matches it: the term's words one after another. */
export function holdsTerm(name: string, term: string): boolean {
  return holdsPhrase(nameWords(name), nameWords(term));
}

/** Whether the words of a phrase come one after another in a name. */
export function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/**
 * The name look-ups of a bulk ingest's batch (`saidgraph ingest --bulk`). A full-text query inside
 * a transaction that has written names re-indexes what the transaction wrote, each time: it cost
 * 7 ms an article alone and 23 ms in a batch of 25 (PolNeAR train). So the batch looks up every
 * name its articles give once, first, before it writes anything; each article then takes those
 * entities, and those the batch's earlier articles wrote whose names hold the words searched
 * (matched here as the index matches them), and reads what each is linked to inside the
 * transaction, by id: the candidates the full-text query in the transaction would have found,
 * linked as the batch's earlier articles left them. (Where a name word matches more than the 30
 * entities a search keeps, the ones kept may differ.)
 */
export class BatchCandidates {
  private constructor(
    /** Entity ids by the look-up's label and query, as the graph held them when the batch began. */
    private readonly committed: Map<string, string[]>,
    /** The names and aliases of the entities found, as the graph held them when the batch began. */
    private readonly names: Map<string, { name: string; aliases: string[] }>,
  ) {}

  /** The names and aliases the batch's articles wrote, by entity id, and the words of each. */
  private readonly written = new Map<string, Array<{ name: string; words: string[] }>>();

  /** The ids of the entities the batch wrote, by each word of their names: where a phrase may be found. */
  private readonly writtenByWord = new Map<string, Set<string>>();

  /** The order in which the batch first wrote each entity. */
  private readonly order = new Map<string, number>();

  /** Looks up every name of a batch; run first in its transaction. */
  static async prefetch(tx: TxRunner, lookups: readonly Lookup[]): Promise<BatchCandidates> {
    const distinct = new Map<string, { key: string; label: string; query: string }>();
    for (const l of lookups) distinct.set(searchKey(l), { key: searchKey(l), label: l.label, query: l.query });
    const committed = new Map<string, string[]>();
    const names = new Map<string, { name: string; aliases: string[] }>();
    if (distinct.size) {
      const rows = await tx.run<{ key: string; id: string; name: string; aliases: string[] }>('ingest/findEntityNames', { lookups: [...distinct.values()] });
      for (const row of rows) {
        const ids = committed.get(row.key);
        if (ids) ids.push(row.id);
        else committed.set(row.key, [row.id]);
        names.set(row.id, { name: row.name, aliases: row.aliases });
      }
    }
    return new BatchCandidates(committed, names);
  }

  /** Takes note of the entities an article of the batch wrote (their names and aliases are now searchable). */
  remember(entities: ArticleGraph['entities']): void {
    for (const e of entities) {
      if (!this.order.has(e.id)) this.order.set(e.id, this.order.size);
      const names = this.written.get(e.id) ?? [];
      for (const name of [e.name, ...e.aliases]) {
        const words = nameWords(name);
        names.push({ name, words });
        for (const w of words) (this.writtenByWord.get(w) ?? this.writtenByWord.set(w, new Set()).get(w)!).add(e.id);
      }
      this.written.set(e.id, names);
    }
  }

  /**
   * An entity's names: those it had when the batch began and those the batch wrote. Unknown for
   * an entity the batch wrote that the look-ups did not find: it may have had other names.
   */
  private namesOf(id: string): Found['names'] {
    const known = this.names.get(id);
    if (!known) return undefined;
    return { name: known.name, aliases: [...known.aliases, ...(this.written.get(id) ?? []).map((n) => n.name)] };
  }

  readonly find: CandidateFinder = async (tx, lookups) =>
    describeCandidates(
      tx,
      lookups.map((lookup) => {
        const searched = new Set(this.committed.get(searchKey(lookup)) ?? []);
        const ids = new Set(searched);
        const hits = new Set<string>();
        for (const phrase of lookup.terms.map(nameWords)) {
          // only an entity with the phrase's first word among its names can hold the phrase
          for (const id of this.writtenByWord.get(phrase[0] ?? '') ?? []) {
            if (!ids.has(id) && this.written.get(id)!.some((n) => holdsPhrase(n.words, phrase))) hits.add(id);
          }
        }
        // in the order the batch wrote them, as a scan of what it wrote would give them
        for (const id of [...hits].sort((a, b) => this.order.get(a)! - this.order.get(b)!)) ids.add(id);
        return { lookup, entities: [...ids].map((id) => ({ id, names: this.namesOf(id), searched: searched.has(id) })) };
      }),
    );
}

const searchKey = (lookup: Pick<Lookup, 'label' | 'query'>) => `${lookup.label}|${lookup.query}`;
