/** A run of ASCII letters and digits with the separators codes use: AZ91-D, EN-MC21120, MgAl9Zn1(A). */
const CODE = /[A-Za-z0-9][A-Za-z0-9.\-()]*/g;
/** Two runs apart by a space, as in `UNS M11916` or `AZ 91D`. */
const SPLIT_CODE = /[A-Za-z0-9][A-Za-z0-9.\-()]*\s+[A-Za-z0-9][A-Za-z0-9.\-()]*/g;

/** Case, spaces, hyphens, dots and brackets do not matter when comparing codes. */
export const codeKey = (word: string) => word.toUpperCase().replace(/[\s\-_.()]/g, '');

/** Maps every synonym (by its code key) to the first word of its list. */
export function synonymMap(synonyms: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, ...others] of synonyms) {
    if (!canonical) continue;
    for (const word of [canonical, ...others]) map.set(codeKey(word), canonical);
  }
  return map;
}

/** Renames every code-like word that is a synonym to the first word of its list (`AZ91-D` → `AZ91D`). */
export function canonicalizeCodes(text: string, synonyms: Map<string, string>): string {
  return text
    .replace(SPLIT_CODE, (words) => synonyms.get(codeKey(words)) ?? words)
    .replace(CODE, (word) => synonyms.get(codeKey(word)) ?? word);
}
