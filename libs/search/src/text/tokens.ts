/** A run of ASCII letters and digits with the separators codes use: AZ91-D, EN-MC21120, MgAl9Zn1(A). */
const CODE = /[A-Za-z0-9][A-Za-z0-9.\-()]*/g;
/** A run of that kind, followed by a space and another (found where it starts, so pairs may overlap): `UNS M11916`, `AZ 91D`. */
const SPLIT_CODE = /([A-Za-z0-9][A-Za-z0-9.\-()]*)(?=(\s+)([A-Za-z0-9][A-Za-z0-9.\-()]*))/g;

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

/**
 * Renames every code-like word that is a synonym to the first word of its list (`AZ91-D` → `AZ91D`), and
 * every pair of neighbouring words that together are one (`cast AZ 91D` → `cast AZ91D`).
 */
export function canonicalizeCodes(text: string, synonyms: Map<string, string>): string {
  return joinSplitCodes(text, synonyms).replace(CODE, (word) => synonyms.get(codeKey(word)) ?? word);
}

function joinSplitCodes(text: string, synonyms: Map<string, string>): string {
  let joined = '';
  let from = 0;
  for (const match of text.matchAll(SPLIT_CODE)) {
    const [, first, space, second] = match;
    if (match.index < from) continue;
    const code = synonyms.get(codeKey(first! + second!));
    if (!code) continue;
    joined += text.slice(from, match.index) + code;
    from = match.index + first!.length + space!.length + second!.length;
  }
  return joined + text.slice(from);
}
