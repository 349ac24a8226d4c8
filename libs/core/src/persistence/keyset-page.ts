import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from '../loaders/cursor.js';

export interface Page<T> {
  readonly edges: { readonly node: T; readonly cursor: string }[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  readonly totalCount: number;
}

/**
 * Keyset pagination, newest first, on (`sortBy`, id) of the query's main alias: the cursor is the last
 * row's key, so pages stay stable while rows are added. Costs two statements: a count and the page.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sortBy: keyof T & string,
  first: number,
  after?: string | null,
): Promise<Page<T>> {
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  if (after) {
    const [at, id] = decodeCursor(after);
    query.andWhere(`(${alias}.${sortBy}, ${alias}.id) < (:at, :id)`, { at, id });
  }
  const rows = await query.orderBy(`${alias}.${sortBy}`, 'DESC').addOrderBy(`${alias}.id`, 'DESC').take(first + 1).getMany();
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([(node[sortBy] as Date).toISOString(), node.id]) }));
  return { edges, hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null, totalCount };
}
