import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_OWNERS } from '@magmatch/database';
import { COMPUTED, entityTables, foreignEntityImports, librarySources, tableReferences, tablesCreatedBy } from './table-references.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MIGRATIONS = join(ROOT, 'libs/database/src/migrations');
const LIBS = readdirSync(join(ROOT, 'libs'));

const created = tablesCreatedBy(readdirSync(MIGRATIONS).filter((name) => /^\d+-.+\.ts$/.test(name)).map((name) => readFileSync(join(MIGRATIONS, name), 'utf8')));
const ownerOf = new Map(Object.entries(TABLE_OWNERS).flatMap(([lib, tables]) => tables.map((table) => [table, lib] as const)));
const sources = LIBS.flatMap((lib) => librarySources(ROOT, lib).map((file) => ({ lib, ...file })));
const entityOwners = new Map(sources.flatMap(({ lib, source }) => [...entityTables(source).keys()].map((name) => [name, lib] as const)));

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

  it("lets a library's SQL name only its own tables, and import other libraries' entities as types only", () => {
    const crossings = sources.flatMap(({ lib, file, source }) => [
      ...tableReferences(file, source, created)
        .filter(({ table }) => ownerOf.get(table) !== lib)
        .map(({ line, table }) => `${file}:${line} names ${table}, owned by ${ownerOf.get(table) ?? 'no one'}`),
      ...foreignEntityImports(file, lib, source, entityOwners).map(({ line, table }) => `${file}:${line} imports ${table}`),
    ]);
    expect(crossings).toEqual([]);
  });

  it('would notice a new query across the line, however it is written', () => {
    const known = new Set(['listings', 'users', 'matches', 'requirements']);
    const source = [
      'await manager.query(`SELECT m.id FROM matches m JOIN listings l ON l.id = m.listing_id`);',
      "query.innerJoin('users', 'recipient', 'recipient.id = delivery.user_id');",
      "await dataSource.query('select r.id from requirements r, public.listings AS l where r.id = $1');",
      'await dataSource.query(`SELECT title FROM "listings" WHERE id = $1`);',
      '// Reads FROM the listing its title, INTO the story.',
      'await dataSource.query(`SELECT title FROM ${subject.table} WHERE id = $1`, [id]);',
      "await dataSource.query('SELECT title FROM ' + table);",
      "manager.createQueryBuilder().from('users', 'u');",
    ].join('\n');
    expect(tableReferences('x.ts', source, known).map(({ line, table }) => `${line}:${table}`)).toEqual([
      '1:matches',
      '1:listings',
      '2:users',
      '3:requirements',
      '3:listings',
      '4:listings',
      `6:${COMPUTED}`,
      `7:${COMPUTED}`,
      '8:users',
    ]);
    const imports = [
      "import { ListingEntity as Listing, ListingsService } from '@magmatch/listings';",
      "import type { RequirementEntity } from '@magmatch/requirements';",
      "import { type MatchEntity, MatchesService } from '@magmatch/matching';",
    ].join('\n');
    const owners = new Map([['ListingEntity', 'listings'], ['RequirementEntity', 'requirements'], ['MatchEntity', 'matching']]);
    expect(foreignEntityImports('x.ts', 'quotes', imports, owners).map(({ line, table }) => `${line}:${table}`)).toEqual(['1:ListingEntity (an entity of listings, imported as a value)']);
  });
});
