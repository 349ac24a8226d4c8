/**
 * Reading a designation as people type it: the one parser behind the API, the catalogue, search and the seeds.
 *
 * The trade writes grade and temper together ("AM60B-F", "AZ31B-H24", ASTM B296 / ANSI H35.1 tempers), often
 * behind the standard that defines it ("GB/T 3499 Mg9995A", "JIS H 5303 MDC1D", "UNS M11916"), and with a
 * Chinese input method: full-width letters and digits (ＡＺ９１Ｄ) and Chinese punctuation, which Unicode
 * NFKC folds to ASCII.
 */
export interface ParsedDesignation {
  /** What the user typed, untouched. */
  readonly typed: string;
  /** The grade part after NFKC, without a standard prefix or a temper, spaces collapsed: "AM60B", "Mg9995A". */
  readonly grade: string;
  /** The comparison key of the grade part: upper case, without spaces, hyphens, dots, brackets. */
  readonly key: string;
  /** The temper written after the grade ("F", "T5", "H24"), or null. */
  readonly temper: string | null;
}

/** ASTM B296 / ANSI H35.1 temper designations: F, O, W, H1x–H3x strain-hardened, T1–T10 heat-treated (with digits). */
const TEMPER = /^(F|O|W|H[1-3]\d{1,2}|T(?:[1-9]|10)\d{0,2})$/;

/** "GB/T 3499", "GB/T 3499-2003", "ASTM B92/B92M-17", "JIS H 5303", "JIS", "EN 1753", "ISO 16220", then at least a space. */
const STANDARD_PREFIX = /^(?:GB\/T|GB|YS\/T|ASTM|JIS|EN|ISO)(?:\s*[A-Z]?\s*\d+(?:\/[A-Z]?\d+M?)?(?:[-:]\d{2,4})?)?\s+/i;
/** ISO 16220's own spelling of a name ("ISO-MgAl9Zn1(A)") and the UNS number's prefix ("UNS M11916"). */
const NAME_PREFIX = /^(?:ISO-|UNS\s*)/i;
/** A temper is written after a hyphen, a space or a slash: "AM60B-F", "AZ31B H24", "ZK60A/T5". */
const TEMPER_SUFFIX = /^(.*\S)\s*[-\s/]\s*([A-Za-z]\d{0,3})$/;
/** Dashes a Chinese input method or a word processor produces, NFKC leaves some of them alone. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const KEY_NOISE = /[\s\-_.()·]/g;

/** Takes a designation apart: NFKC, standard prefix, temper suffix, comparison key. */
export function parseDesignation(typed: string): ParsedDesignation {
  let text = typed.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  text = text.replace(STANDARD_PREFIX, '').replace(NAME_PREFIX, '');
  let temper: string | null = null;
  const suffix = TEMPER_SUFFIX.exec(text);
  if (suffix && TEMPER.test(suffix[2]!.toUpperCase())) {
    text = suffix[1]!;
    temper = suffix[2]!.toUpperCase();
  }
  return { typed, grade: text, key: designationKey(text), temper };
}

/** The comparison key of a name: "az91-d", "AZ 91D" and "ＡＺ９１Ｄ" all give "AZ91D". */
export function designationKey(name: string): string {
  return name.normalize('NFKC').replace(DASHES, '-').toUpperCase().replace(KEY_NOISE, '');
}
