import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A table named in a library's source (or an entity class of another library imported as a value). */
export interface TableReference {
  file: string;
  line: number;
  table: string;
}

/** A table named at run time (`FROM ${table}`, `'… FROM ' + table`): no reader can tell whose it is, so it always counts as crossing. */
export const COMPUTED = '(a table named at run time)';

const LITERAL = /`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g;
const SQL_KEYWORD = /\b(?:from|join|into|update|table|view)\s+/gi;
/** One item of a FROM list: an optionally schema-qualified, optionally quoted name, with an optional alias. */
const FROM_ITEM = /^\s*"?(?:[a-z_]\w*"?\."?)?([a-z_]\w*)"?(?:\s+(?:as\s+)?(?!(?:where|on|join|left|right|inner|full|cross|natural|lateral|group|order|limit|set|values|returning|using|select|default|from)\b)[a-z_]\w*)?\s*(,)?/i;
const DYNAMIC_NAME = /^\s*"?\$\{/;
/** A literal that is a SQL statement: a name built at run time counts only there (prose says "from ${start}"). */
const STATEMENT = /^[`'"]\s*(?:select|insert|update|delete|with)\b/i;
const ENDS_WITH_KEYWORD = /\b(?:from|join|into|update)\s+$/i;
/** Block comments and whole-line comments, blanked (newlines kept) so their quotes and backticks pair with nothing. */
const COMMENT = /\/\*[\s\S]*?\*\/|^[ \t]*\/\/.*$/gm;
/** TypeORM builder calls that take a table's name as a string. */
const BUILDER_TABLE = /\.(?:from|into|update|getRepository|(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?)\(\s*['"]"?([a-z_]\w*)"?['"]/gi;
const NAMED_IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*'@magmatch\/([\w-]+)'/g;
const ENTITY_DECLARATION = /@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_][a-z0-9_]*)'[^)]*\)\s*(?:export\s+)?class\s+(\w+)/g;

/** The tables every migration creates (tables, views and materialized views), by name. */
export function tablesCreatedBy(migrationSources: readonly string[]): Set<string> {
  const created = new Set<string>();
  for (const source of migrationSources) {
    for (const match of source.matchAll(/CREATE\s+(?:TABLE|VIEW|MATERIALIZED\s+VIEW|OR\s+REPLACE\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)/gi)) created.add(match[1]!);
  }
  return created;
}

/** Entity class name → table, from `@Entity('table') export class Name` declarations. */
export function entityTables(source: string): Map<string, string> {
  return new Map([...source.matchAll(ENTITY_DECLARATION)].map((match) => [match[2]!, match[1]!]));
}

/**
 * Every table `source` names in its string and template literals (SQL in any case, FROM lists with commas,
 * schema-qualified and quoted names, names built at run time) and in TypeORM builder calls. Only names of
 * `knownTables` count, so prose such as "from the listing" is ignored.
 */
export function tableReferences(file: string, source: string, knownTables: ReadonlySet<string>): TableReference[] {
  const found: TableReference[] = [];
  const code = source.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
  const lineAt = (index: number) => code.slice(0, index).split('\n').length;
  for (const literal of code.matchAll(LITERAL)) {
    const text = literal[0];
    const at = (offset: number) => lineAt(literal.index + offset);
    const statement = STATEMENT.test(text);
    if (statement && ENDS_WITH_KEYWORD.test(text.slice(0, -1))) found.push({ file, line: at(text.length), table: COMPUTED });
    for (const keyword of text.matchAll(SQL_KEYWORD)) {
      let rest = text.slice(keyword.index + keyword[0].length);
      if (DYNAMIC_NAME.test(rest)) {
        if (statement) found.push({ file, line: at(keyword.index), table: COMPUTED });
        continue;
      }
      for (let item = FROM_ITEM.exec(rest); item; item = item[2] ? FROM_ITEM.exec((rest = rest.slice(item[0].length))) : null) {
        if (knownTables.has(item[1]!.toLowerCase())) found.push({ file, line: at(keyword.index), table: item[1]!.toLowerCase() });
      }
    }
  }
  for (const match of code.matchAll(BUILDER_TABLE)) {
    if (knownTables.has(match[1]!.toLowerCase())) found.push({ file, line: lineAt(match.index), table: match[1]!.toLowerCase() });
  }
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Entity classes of another library that `source` imports as values: a repository, a query builder or a
 * relation needs the class itself, so only `import type` of another library's entity is allowed.
 * `entityOwners`: entity class name → the library that declares it.
 */
export function foreignEntityImports(file: string, lib: string, source: string, entityOwners: ReadonlyMap<string, string>): TableReference[] {
  const found: TableReference[] = [];
  for (const match of source.matchAll(NAMED_IMPORT)) {
    if (match[1] || match[3] === lib) continue;
    for (const specifier of match[2]!.split(',').map((part) => part.trim())) {
      const name = /^(type\s+)?(\w+)/.exec(specifier);
      const owner = name && !name[1] ? entityOwners.get(name[2]!) : undefined;
      if (owner && owner !== lib) found.push({ file, line: source.slice(0, match.index).split('\n').length, table: `${name![2]} (an entity of ${owner}, imported as a value)` });
    }
  }
  return found;
}

/** The TypeScript sources of a library, without its tests and (for the database library) its migrations. */
export function librarySources(root: string, lib: string): { file: string; source: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(join(root, 'libs', lib, 'src'))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.contract.ts') && !path.includes('/migrations/'))
    .map((path) => ({ file: relative(root, path), source: readFileSync(path, 'utf8') }));
}
