/**
 * Meilisearch's typo rules, which the embedded engine applies word by word (shared/design/search.md): a
 * budget of no typo below 5 characters, 1 from 5, 2 from 9; a transposition of two neighbours counts as 1;
 * a typo on the first letter counts as 2; the last word of a query may be a prefix.
 */
export const typoBudget = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/** Every word with two neighbouring characters swapped (az19d for az91d). */
export function transpositions(word: string): string[] {
  const swapped = new Set<string>();
  for (let at = 0; at + 1 < word.length; at += 1) {
    if (word[at] !== word[at + 1]) swapped.add(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
  }
  return [...swapped];
}

/**
 * The typos `term` costs a query `word`, by Meilisearch's count, or Infinity beyond the word's budget; with
 * `prefix`, `term` may go on after what matched.
 */
export function typosBetween(word: string, term: string, prefix: boolean): number {
  if (word === term || (prefix && term.startsWith(word))) return 0;
  const budget = typoBudget(word);
  if (budget === 0) return Infinity;
  const candidates = prefix ? prefixesNear(term, word.length, budget) : [term];
  const typos = Math.min(...candidates.map((candidate) => transpositionDistance(word, candidate) + (candidate[0] === word[0] ? 0 : 1)));
  return typos <= budget ? typos : Infinity;
}

/** The prefixes of `term` whose length is within `budget` of `length`, the whole term included. */
function prefixesNear(term: string, length: number, budget: number): string[] {
  const prefixes: string[] = [];
  for (let size = Math.max(1, length - budget); size <= Math.min(term.length, length + budget); size += 1) prefixes.push(term.slice(0, size));
  return prefixes.length > 0 ? prefixes : [term];
}

/** Edits (insert, delete, substitute, swap of neighbours) between two words: optimal string alignment. */
function transpositionDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}
