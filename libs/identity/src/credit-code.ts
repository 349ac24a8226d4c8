/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet, the last a check character computed from the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** What is wrong with a credit code, for a message in any language (the web console words it in Chinese too). */
export type CreditCodeFault =
  | { readonly kind: 'length'; readonly length: number }
  | { readonly kind: 'character'; readonly position: number; readonly character: string }
  | { readonly kind: 'check'; readonly expected: string; readonly got: string };

/** Upper-cases and strips spaces; returns the normalised code, or the fault and the problem in English words. */
export function checkCreditCode(input: string): { code: string } | { problem: string; fault: CreditCodeFault } {
  const code = input.replace(/\s+/g, '').toUpperCase();
  if (code.length !== 18) return { problem: `must be 18 characters, got ${code.length}`, fault: { kind: 'length', length: code.length } };
  const values = [...code].map((char) => ALPHABET.indexOf(char));
  const bad = values.findIndex((value) => value < 0);
  if (bad >= 0) {
    return { problem: `character ${bad + 1} ("${code[bad]}") is not allowed (no I, O, S, V or Z)`, fault: { kind: 'character', position: bad + 1, character: code[bad]! } };
  }
  const check = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== check) return { problem: `check character should be "${check}", got "${code[17]}"`, fault: { kind: 'check', expected: check, got: code[17]! } };
  return { code };
}

/** The 18th character of a credit code whose first 17 characters are `body`. */
export function creditCodeCheckCharacter(body: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * ALPHABET.indexOf(body[index]!), 0);
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}
