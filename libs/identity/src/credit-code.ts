/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet, the last a check character computed from the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Upper-cases and strips spaces; returns a problem in words, or the normalised code. */
export function checkCreditCode(input: string): { code: string } | { problem: string } {
  const code = input.replace(/\s+/g, '').toUpperCase();
  if (code.length !== 18) return { problem: `must be 18 characters, got ${code.length}` };
  const values = [...code].map((char) => ALPHABET.indexOf(char));
  const bad = values.findIndex((value) => value < 0);
  if (bad >= 0) return { problem: `character ${bad + 1} ("${code[bad]}") is not allowed (no I, O, S, V or Z)` };
  const check = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== check) return { problem: `check character should be "${check}", got "${code[17]}"` };
  return { code };
}

/** The 18th character of a credit code whose first 17 characters are `body`. */
export function creditCodeCheckCharacter(body: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * ALPHABET.indexOf(body[index]!), 0);
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}
