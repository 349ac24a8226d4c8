import DataLoader from 'dataloader';

/** Names one kind of batched lookup; `batch` returns one result per key, in key order. */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  readonly batch: (keys: readonly K[]) => Promise<(V | null)[]>;
}

/**
 * The DataLoaders of one GraphQL request, created on first use, so that relations of a page of results
 * cost one query per relation instead of one per row. Lives in the GraphQL context as `loaders`.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  load<K, V>(definition: LoaderDefinition<K, V>, key: K): Promise<V | null> {
    let loader = this.loaders.get(definition.name) as DataLoader<K, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V | null>((keys) => definition.batch(keys));
      this.loaders.set(definition.name, loader as DataLoader<unknown, unknown>);
    }
    return loader.load(key);
  }
}

/** Orders rows found by id to match the requested keys, with null for ids not found. */
export function byKeys<V extends { id: string }>(keys: readonly string[], rows: readonly V[]): (V | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => found.get(key) ?? null);
}
