const MAX_PAGE = 500;

/** A list's length from its `first` argument: 100 by default, 1 to 500. */
export const page = (first?: number | null) => Math.min(Math.max(first ?? 100, 1), MAX_PAGE);
