/** Orders the rows of a batch query as the keys were asked, null where one is missing. */
export function byKeys<T extends { id: string }>(keys: readonly string[], rows: T[]): Array<T | null> {
  const found = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups the rows of a batch query under the key each belongs to, in the order the keys were asked. */
export function groupByKeys<T>(keys: readonly string[], rows: Array<{ key: string; value: T }>): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.key)?.push(row.value);
  return keys.map((key) => groups.get(key) ?? []);
}
