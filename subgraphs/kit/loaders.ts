// DataLoader helpers: one SQL statement per entity type per request, whatever the fan-out.
import DataLoader from 'dataloader';

/**
 * Loads rows by id in one batch. `fetch` gets the distinct ids and returns the rows it is
 * allowed to show; ids it leaves out resolve to null (unknown, or another tenant's).
 */
export function loaderById<Row extends { id: string }>(fetch: (ids: string[]) => Promise<Row[]>): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = await fetch([...ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads lists of rows grouped by a foreign key (e.g. a user's render jobs) in one batch. */
export function loaderByGroup<Row, Key extends string>(fetch: (keys: Key[]) => Promise<Row[]>, keyOf: (row: Row) => Key): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const rows = await fetch([...keys]);
    const groups = new Map<Key, Row[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
