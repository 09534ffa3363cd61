/**
 * Statements specialised to their switches. A template in cypher/ chooses what it reads with
 * `CASE WHEN $switch THEN ... [ELSE ...] END`, the switch a boolean parameter: the parts of a row
 * a request selects (`$shape.statement.text`), the links it follows (`$with.speaker`), the order
 * it asks (`$descending`). Sent as written, every request carries the whole template (the statement
 * page was 7.8 KB, written to the socket in six Bolt chunks of 1,400 bytes, with its switches packed
 * as parameters) and Neo4j evaluates every switch on every row. Specialised, each switch is replaced
 * by the branch its value chooses, so Neo4j receives only what the request reads, and plans each
 * specialisation once (its plan cache is keyed by the text).
 *
 * The variable parts are chosen from a closed set (the template's own branches, never text from a
 * request), and each template has at most `MAX_VARIANTS` specialisations: past that, requests get
 * the template as written with its parameters, so no client can fill Neo4j's plan cache.
 */

/** A switch: `CASE WHEN $a.b.c THEN`, the parameter path and where the CASE starts and THEN ends. */
const SWITCH = /\bCASE\s+WHEN\s+\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s+THEN\b/y;
const KEYWORD = /\b(CASE|ELSE|END)\b/y;

/** How many specialisations of one template are kept; past that the template goes as written. */
export const MAX_VARIANTS = 64;

/** A template and the parameters it is run with, as sent to Neo4j. */
export interface Specialised {
  text: string;
  params: Record<string, unknown>;
}

/** The end of a quoted string, backticked name or the character at `i`: the index after it. */
function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  if (quote !== "'" && quote !== '"' && quote !== '`') return i + 1;
  let k = i + 1;
  while (k < text.length && text[k] !== quote) k += text[k] === '\\' && quote !== '`' ? 2 : 1;
  return k + 1;
}

/** Whether a keyword at `i` stands alone: not a property (`r.end`), a parameter or part of a longer name. */
function keywordAt(text: string, i: number): string | null {
  if (i > 0 && /[\w.$`]/.test(text[i - 1]!)) return null;
  KEYWORD.lastIndex = i;
  return KEYWORD.exec(text)?.[1] ?? null;
}

/**
 * The branches of the CASE whose THEN ends at `from`: where its ELSE stands (-1 for none) and
 * where its END starts, nested CASEs and strings skipped.
 */
function branches(text: string, from: number): { elseAt: number; endAt: number } {
  let depth = 1;
  let elseAt = -1;
  for (let i = from; i < text.length; ) {
    const keyword = keywordAt(text, i);
    if (keyword === 'CASE') depth++;
    else if (keyword === 'ELSE' && depth === 1) elseAt = i;
    else if (keyword === 'END' && --depth === 0) return { elseAt, endAt: i };
    i = keyword ? i + keyword.length : skipQuoted(text, i);
  }
  throw new Error('a CASE in a Cypher template has no END');
}

/** The value at a parameter path split at its dots, or undefined. */
function valueAtKeys(params: Record<string, unknown>, keys: string[]): unknown {
  let value: unknown = params;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The template with every switch whose parameter is a boolean replaced by the branch it chooses. */
export function specialise(text: string, params: Record<string, unknown>): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    SWITCH.lastIndex = i;
    const found = text[i] === 'C' && keywordAt(text, i) === 'CASE' ? SWITCH.exec(text) : null;
    const on = found ? valueAtKeys(params, found[1]!.split('.')) : undefined;
    if (!found || typeof on !== 'boolean') {
      i = found ? i + 4 : skipQuoted(text, i);
      continue;
    }
    const then = i + found[0].length;
    const { elseAt, endAt } = branches(text, then);
    const chosen = on ? text.slice(then, elseAt >= 0 ? elseAt : endAt) : elseAt >= 0 ? text.slice(elseAt + 4, endAt) : null;
    const before = text.slice(copied, i);
    let after = endAt + 3;
    // a map entry whose value is left out goes, key and all: `text: CASE WHEN $shape.statement.text
    // THEN s.text END,` (a row read in part no longer carries a null for every part left out)
    const entry = chosen === null ? /(,?)(\s*)[A-Za-z_]\w*\s*:\s*$/.exec(before) : null;
    const next = /^\s*([,}])/.exec(text.slice(after));
    const head = entry ? out + before.slice(0, entry.index) : '';
    if (entry && next && (entry[1] === ',' || /[{,]\s*$/.test(head))) {
      // (before a comma the entry and that comma go; before the map's end, the comma ahead of it)
      if (next[1] === ',') {
        out = head + entry[1] + entry[2];
        after += next[0].length;
      } else {
        out = head.replace(/,\s*$/, '');
      }
    } else {
      out += before + (chosen === null ? 'null' : `(${specialise(chosen.trim(), params)})`);
    }
    i = copied = after;
  }
  return out + text.slice(copied);
}

/** The parameter paths a template switches on, in the order they appear. */
export function switchesOf(text: string): string[] {
  const paths = new Set<string>();
  for (let i = 0; i < text.length; ) {
    SWITCH.lastIndex = i;
    const found = text[i] === 'C' && keywordAt(text, i) === 'CASE' ? SWITCH.exec(text) : null;
    if (found) paths.add(found[1]!);
    i = found ? i + 4 : skipQuoted(text, i);
  }
  return [...paths];
}

/** Whether a text reads parameter `name` (`$name` not followed by more of a name). */
function reads(text: string, name: string): boolean {
  for (let at = text.indexOf(`$${name}`); at >= 0; at = text.indexOf(`$${name}`, at + 1)) {
    if (!/\w/.test(text[at + name.length + 1] ?? '')) return true;
  }
  return false;
}

/** A specialisation: its text, and whether it reads each parameter name asked about so far. */
interface Variant {
  text: string;
  reads: Map<string, boolean>;
}

/** A template's switches, each parameter path split at its dots, and its specialisations by key. */
interface Template {
  switches: string[][];
  variants: Map<string, Variant>;
}

/**
 * A template's specialisations, by the values of its switches; the template as written past
 * `MAX_VARIANTS`. Everything a request would otherwise recompute (the switches' paths, which
 * parameters a specialisation reads) is kept with the template.
 */
export class Specialiser {
  private readonly templates = new Map<string, Template>();

  /** The text to send for a template and its parameters, and the parameters that text still reads. */
  statement(template: string, params: Record<string, unknown>): Specialised {
    let known = this.templates.get(template);
    if (!known) this.templates.set(template, (known = { switches: switchesOf(template).map((path) => path.split('.')), variants: new Map() }));
    if (known.switches.length === 0) return { text: template, params };
    let key = '';
    for (const keys of known.switches) {
      const v = valueAtKeys(params, keys);
      key += v === true ? '1' : v === false ? '0' : '-';
    }
    let variant = known.variants.get(key);
    if (variant === undefined) {
      if (known.variants.size >= MAX_VARIANTS) return { text: template, params };
      known.variants.set(key, (variant = { text: specialise(template, params), reads: new Map() }));
    }
    const kept: Record<string, unknown> = {};
    for (const name in params) {
      let read = variant.reads.get(name);
      if (read === undefined) variant.reads.set(name, (read = reads(variant.text, name)));
      if (read) kept[name] = params[name];
    }
    return { text: variant.text, params: kept };
  }
}
