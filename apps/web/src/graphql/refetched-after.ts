/**
 * The query context for a list that may be empty: urql refetches a cached result after a mutation that
 * returns one of its types, but an empty list names no type, so a first quote (listing, deal, …) would
 * not show until a reload. Named here, the list is refetched after any mutation of these types.
 * Use at module level, so the context stays the same object between renders.
 */
export const refetchedAfter = (...typenames: string[]) => ({ additionalTypenames: typenames });
