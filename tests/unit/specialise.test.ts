import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/db/database.js';
import { QUERY_NAMES } from '../../src/db/queries.js';
import { loadCypherRegistry } from '../../src/db/registry.js';
import { MAX_VARIANTS, Specialiser, specialise, switchesOf } from '../../src/db/specialise.js';

describe('a Cypher template specialised to its switches', () => {
  const template = `MATCH (s:Statement {id: $id})
RETURN s { .id, text: CASE WHEN $shape.statement.text THEN s.text END, end: r.end,
  kind: CASE WHEN $shape.statement.kind THEN s.kind END,
  note: 'CASE WHEN $shape.statement.kind THEN END' } AS statement,
  CASE WHEN $with.any THEN { entities: CASE WHEN $with.speaker THEN [x IN [1] | CASE WHEN x > 0 THEN 'END' ELSE 0 END] ELSE [] END } END AS linked
ORDER BY CASE WHEN $descending THEN s.saidOn END DESC`;

  it('replaces each switch whose parameter is a boolean by the branch it chooses; a map entry a false one leaves empty goes', () => {
    const params = { id: 'x', shape: { statement: { text: true, kind: false } }, with: { any: true, speaker: false }, descending: true };
    expect(specialise(template, params)).toBe(`MATCH (s:Statement {id: $id})
RETURN s { .id, text: (s.text), end: r.end,
  
  note: 'CASE WHEN $shape.statement.kind THEN END' } AS statement,
  ({ entities: ([]) }) AS linked
ORDER BY (s.saidOn) DESC`);
  });

  it('keeps nested CASEs and strings inside a chosen branch, and a switch whose parameter is no boolean as written', () => {
    const text = specialise(template, { shape: { statement: { text: false, kind: true } }, with: { any: true, speaker: true }, descending: 'yes' });
    expect(text).toContain("[x IN [1] | CASE WHEN x > 0 THEN 'END' ELSE 0 END]");
    expect(text).toContain('ORDER BY CASE WHEN $descending THEN s.saidOn END DESC');
    expect(text).not.toContain('text:');
  });

  it('leaves a map whose entries go, first, last or all of them, well formed', () => {
    const map = '{ a: CASE WHEN $f.a THEN 1 END, b: CASE WHEN $f.b THEN 2 END,\n c: CASE WHEN $f.c THEN 3 END\n}';
    expect(specialise(`RETURN ${map} AS m`, { f: { a: false, b: true, c: false } })).toBe('RETURN {  b: (2)\n} AS m');
    expect(specialise(`RETURN ${map} AS m`, { f: { a: false, b: false, c: false } })).toBe('RETURN {  \n} AS m');
    expect(specialise(`RETURN ${map} AS m`, { f: { a: true, b: false, c: false } })).toBe('RETURN { a: (1)\n} AS m');
    expect(specialise('RETURN [CASE WHEN $f.a THEN 1 END, 2] AS l, 1 + CASE WHEN $f.a THEN 1 END AS n', { f: { a: false } })).toBe('RETURN [null, 2] AS l, 1 + null AS n');
  });

  it('lists the switches of a template, not those in strings or properties', () => {
    expect(switchesOf(template)).toEqual(['shape.statement.text', 'shape.statement.kind', 'with.any', 'with.speaker', 'descending']);
  });

  it('sends only the parameters the specialised text still reads', () => {
    const { params } = new Specialiser().statement(template.replace(/note: .*\n/, ''), { id: 'x', ids: ['y'], shape: { statement: { text: true, kind: true } }, with: { any: false }, descending: false });
    expect(Object.keys(params)).toEqual(['id']);
  });

  it(`keeps at most ${MAX_VARIANTS} specialisations of a template, then sends it as written`, () => {
    const specialiser = new Specialiser();
    const wide = Array.from({ length: 8 }, (_, i) => `CASE WHEN $f.k${i} THEN ${i} END`).join(' + ');
    const sent = new Set<string>();
    for (let n = 0; n < 256; n++) {
      const f = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, ((n >> i) & 1) === 1]));
      sent.add(specialiser.statement(`RETURN ${wide}`, { f }).text);
    }
    expect(sent.size).toBe(MAX_VARIANTS + 1);
    expect(sent.has(`RETURN ${wide}`)).toBe(true);
  });

  it('finds an END for every switch of cypher/ and leaves none of them behind when all are set', async () => {
    const registry = await loadCypherRegistry(CYPHER_DIR);
    let switched = 0;
    for (const name of QUERY_NAMES) {
      const text = registry.get(name);
      const switches = switchesOf(text);
      if (switches.length === 0) continue;
      switched++;
      for (const value of [true, false]) {
        const params: Record<string, unknown> = {};
        for (const path of switches) {
          const keys = path.split('.');
          let at = params;
          for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
          at[keys.at(-1)!] = value;
        }
        const out = specialise(text, params);
        expect(switchesOf(out), name).toEqual([]);
        expect(out.split('(').length, name).toBe(out.split(')').length);
      }
    }
    expect(switched).toBeGreaterThan(10);
  });
});
