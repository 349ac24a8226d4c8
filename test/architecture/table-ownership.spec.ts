import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_OWNERS } from '@magmatch/database';
import { COMPUTED, entityTables, librarySources, tableReferences, tablesCreatedBy } from './table-references.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MIGRATIONS = join(ROOT, 'libs/database/src/migrations');
const LIBS = readdirSync(join(ROOT, 'libs'));

const created = tablesCreatedBy(readdirSync(MIGRATIONS).filter((name) => /^\d+-.+\.ts$/.test(name)).map((name) => readFileSync(join(MIGRATIONS, name), 'utf8')));
const ownerOf = new Map(Object.entries(TABLE_OWNERS).flatMap(([lib, tables]) => tables.map((table) => [table, lib] as const)));
const sources = LIBS.flatMap((lib) => librarySources(ROOT, lib).map((file) => ({ lib, ...file })));
const entities = new Map(sources.flatMap(({ source }) => [...entityTables(source)]));

describe('table ownership', () => {
  it('gives every table the migrations create exactly one owning library, and names no table they do not create', () => {
    const declared = Object.values(TABLE_OWNERS).flat();
    expect(declared.filter((table, index) => declared.indexOf(table) !== index)).toEqual([]);
    expect([...created].filter((table) => !ownerOf.has(table)).sort()).toEqual([]);
    expect(declared.filter((table) => !created.has(table)).sort()).toEqual([]);
    expect(Object.keys(TABLE_OWNERS).filter((lib) => !LIBS.includes(lib))).toEqual([]);
  });

  it('keeps each entity in the library that owns its table', () => {
    const misplaced = sources.flatMap(({ lib, file, source }) =>
      [...entityTables(source)].filter(([, table]) => ownerOf.get(table) !== lib).map(([name, table]) => `${file}: ${name} maps ${table}, owned by ${ownerOf.get(table)}`),
    );
    expect(misplaced).toEqual([]);
  });

  it("lets a library's SQL and repositories name only its own tables; other domains' rows come through their exports", () => {
    const crossings = sources.flatMap(({ lib, file, source }) =>
      tableReferences(file, source, created, entities)
        .filter(({ table }) => ownerOf.get(table) !== lib)
        .map(({ line, table }) => `${file}:${line} names ${table}, owned by ${ownerOf.get(table)}`),
    );
    expect(crossings).toEqual([]);
  });

  it('would notice a new query across the line, in SQL, a query-builder join or a repository', () => {
    const known = new Set(['listings', 'users', 'matches']);
    const entityMap = new Map([['ListingEntity', 'listings']]);
    const source = [
      "await manager.query(`SELECT m.id FROM matches m JOIN listings l ON l.id = m.listing_id`);",
      "query.innerJoin('users', 'recipient', 'recipient.id = delivery.user_id');",
      '@InjectRepository(ListingEntity) private readonly listings: Repository<ListingEntity>,',
      'const row = await manager.findOneBy(ListingEntity, { id });',
      '// Reads FROM the listing its title, INTO the story.',
      'await dataSource.query(`SELECT title FROM ${subject.table} WHERE id = $1`, [id]);',
    ].join('\n');
    expect(tableReferences('x.ts', source, known, entityMap).map(({ line, table }) => `${line}:${table}`)).toEqual([
      '1:matches',
      '1:listings',
      '2:users',
      '3:listings',
      '4:listings',
      `6:${COMPUTED}`,
    ]);
  });
});
