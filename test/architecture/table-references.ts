import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A table (or an entity class standing for one) named in a library's source. */
export interface TableReference {
  file: string;
  line: number;
  table: string;
}

const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|VIEW)\s+"?([a-z_][a-z0-9_]*)"?/g;
/** A table named at run time (`FROM ${table}`): no reader can tell whose it is, so it always counts as crossing. */
const COMPUTED_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE)\s+\$\{/g;
export const COMPUTED = '(a table named at run time)';
const QUERY_BUILDER_JOIN = /\.(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?\(\s*'([a-z_][a-z0-9_]*)'/g;
const ENTITY_DECLARATION = /@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_][a-z0-9_]*)'[^)]*\)\s*(?:export\s+)?class\s+(\w+)/g;
/** The ways TypeORM reaches an entity's table: repositories, the manager's finders and writers, query builders. */
const ENTITY_ACCESS =
  /(?:InjectRepository|getRepository|\.from|\.(?:find|findOne|findBy|findOneBy|findOneOrFail|findOneByOrFail|count|countBy|exists|existsBy|insert|update|upsert|delete|save|remove|increment|decrement))\(\s*(\w+Entity)\b|forFeature\(\[([^\]]*)\]/g;

/** The tables every migration creates (tables, views and materialized views), by name. */
export function tablesCreatedBy(migrationSources: readonly string[]): Set<string> {
  const created = new Set<string>();
  for (const source of migrationSources) {
    for (const match of source.matchAll(/CREATE\s+(?:TABLE|VIEW|MATERIALIZED\s+VIEW|OR\s+REPLACE\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)/g)) created.add(match[1]!);
  }
  return created;
}

/** Entity class name → table, from `@Entity('table') export class Name` declarations. */
export function entityTables(source: string): Map<string, string> {
  return new Map([...source.matchAll(ENTITY_DECLARATION)].map((match) => [match[2]!, match[1]!]));
}

/**
 * Every table `source` names: in SQL text, in query-builder joins, and through the repository or manager of
 * an entity class (resolved with `entities`). Only names of `knownTables` count, so words like "FROM the
 * listing" in prose are ignored.
 */
export function tableReferences(file: string, source: string, knownTables: ReadonlySet<string>, entities: ReadonlyMap<string, string>): TableReference[] {
  const found: TableReference[] = [];
  const at = (index: number) => source.slice(0, index).split('\n').length;
  const add = (table: string | undefined, index: number) => {
    if (table && knownTables.has(table)) found.push({ file, line: at(index), table });
  };
  for (const match of source.matchAll(SQL_TABLE)) add(match[1], match.index);
  for (const match of source.matchAll(QUERY_BUILDER_JOIN)) add(match[1], match.index);
  for (const match of source.matchAll(COMPUTED_TABLE)) found.push({ file, line: at(match.index), table: COMPUTED });
  for (const match of source.matchAll(ENTITY_ACCESS)) {
    const classes = match[1] ? [match[1]] : (match[2] ?? '').split(',').map((name) => name.trim());
    for (const name of classes) add(entities.get(name), match.index);
  }
  return found.sort((a, b) => a.line - b.line);
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
