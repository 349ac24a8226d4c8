import { createHash } from 'node:crypto';
import type { SearchDocument, SearchIndexSpec } from '@magmatch/core';
import { canonicalizeCodes, synonymMap } from './tokens.js';

/** What text analysis is built from: code synonyms (grade designations), a vocabulary and stop words. */
export type AnalysisSettings = Pick<SearchIndexSpec, 'synonyms' | 'vocabulary' | 'stopWords'>;

/** Latin words (dots kept between digits, as in 99.90) and single Han characters; everything else separates. */
const ATOM = /[a-z0-9]+(?:\.[0-9]+)*|\p{Script=Han}/gu;

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  entry?: number;
}

/**
 * The one tokenizer of both search engines: each engine indexes and searches the words it returns, so they
 * agree on words by construction. NFKC and lower case first; grade designations become their canonical code
 * (`ＡＺ９１－Ｄ`, `EN-MC21120` → az91d); then the longest vocabulary term at each place becomes its entry's
 * word (a compound the words of its parts), other Latin words stay as they are and other Han text becomes
 * single characters; stop words are dropped. A document also gets the words of each entry's broader
 * entries (a tube is an extrusion), so a broad query finds narrow listings and not the reverse.
 *
 * Entry words are `lx` and eight hex digits of the entry's first term: plain ASCII, which no engine splits,
 * of one length, so no prefix of one is another.
 */
export class TextAnalyzer {
  private readonly codes: Map<string, string>;
  private readonly root: TrieNode = { next: new Map() };
  private readonly entries: { word: string; broader: number[]; parts: number[] }[];
  private readonly stopWords: Set<string>;
  /** The vocabulary's words: matched exactly, never by a typo or a prefix. */
  readonly exactWords: ReadonlySet<string>;

  constructor(settings: AnalysisSettings) {
    this.codes = synonymMap(settings.synonyms ?? []);
    const vocabulary = settings.vocabulary ?? [];
    const byFirstTerm = new Map(vocabulary.map((entry, index) => [normalize(entry.terms[0]!), index]));
    const indexOf = (term: string) => {
      const index = byFirstTerm.get(normalize(term));
      if (index === undefined) throw new Error(`vocabulary: "${term}" names no entry`);
      return index;
    };
    this.entries = vocabulary.map((entry) => ({
      word: entryWord(entry.terms[0]!),
      broader: (entry.broader ?? []).map(indexOf),
      parts: (entry.parts ?? []).map(indexOf),
    }));
    vocabulary.forEach((entry, index) => {
      for (const term of entry.terms) this.insert(atoms(normalize(term)), index);
    });
    this.stopWords = new Set((settings.stopWords ?? []).map(normalize));
    this.exactWords = new Set(this.entries.map((entry) => entry.word));
  }

  /** The words a document's text is indexed under: its own, and those of broader entries. */
  documentWords(text: string): string[] {
    return this.analyze(text, true);
  }

  /** The words of a query, each of which a result must contain. */
  queryWords(text: string): string[] {
    return this.analyze(text, false);
  }

  /**
   * A document keeps the Latin words of each vocabulary term beside the term's word, so a query that is not
   * the whole term (laptop, a typo such as extrusoin, the start ingo) still meets them under the engines' own
   * typo and prefix rules; a query that is the whole term is its word, exact.
   */
  private analyze(text: string, forDocument: boolean): string[] {
    const found = atoms(normalize(canonicalizeCodes(text.normalize('NFKC'), this.codes)));
    const words: string[] = [];
    for (let at = 0; at < found.length; ) {
      const match = this.longestMatch(found, at);
      if (match) {
        this.emit(match.entry, forDocument, words);
        if (forDocument) words.push(...found.slice(at, match.end).filter((atom) => /^[a-z0-9.]+$/.test(atom) && !this.stopWords.has(atom)).map(plain));
        at = match.end;
        continue;
      }
      const atom = found[at]!;
      if (!this.stopWords.has(atom)) words.push(plain(atom));
      at += 1;
    }
    return [...new Set(words)];
  }

  private emit(index: number, withBroader: boolean, words: string[]): void {
    const entry = this.entries[index]!;
    if (entry.parts.length > 0) {
      for (const part of entry.parts) this.emit(part, withBroader, words);
      return;
    }
    words.push(entry.word);
    if (withBroader) for (const broader of entry.broader) this.emit(broader, true, words);
  }

  private insert(path: readonly string[], entry: number): void {
    let node = this.root;
    for (const atom of path) {
      let next = node.next.get(atom);
      if (!next) node.next.set(atom, (next = { next: new Map() }));
      node = next;
    }
    node.entry ??= entry;
  }

  private longestMatch(found: readonly string[], start: number): { entry: number; end: number } | undefined {
    let node: TrieNode | undefined = this.root;
    let match: { entry: number; end: number } | undefined;
    for (let at = start; at < found.length && node; at += 1) {
      node = node.next.get(found[at]!);
      if (node?.entry !== undefined) match = { entry: node.entry, end: at + 1 };
    }
    return match;
  }
}

/** NFKC, lower case; the same for text and vocabulary. */
const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

const atoms = (text: string): string[] => text.match(ATOM) ?? [];

/** A Latin word as both engines index it: dots, which engines split on, left out (99.90 → 9990). */
const plain = (atom: string) => atom.replaceAll('.', '');

const entryWord = (firstTerm: string) => `lx${createHash('sha256').update(normalize(firstTerm)).digest('hex').slice(0, 8)}`;

/** The attribute an engine searches for `field`: the analyzer's words of it, beside the value filters see. */
export const wordsOf = (field: string) => `${field}_words`;

/** A document as both engines index it: beside each searchable attribute, its words, space-separated. */
export function analyzedDocument(spec: SearchIndexSpec, analyzer: TextAnalyzer, document: SearchDocument): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...document };
  for (const field of spec.searchable) {
    const value = document[field];
    const text = Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
    copy[wordsOf(field)] = analyzer.documentWords(text).join(' ');
  }
  return copy;
}
