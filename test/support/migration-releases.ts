import { EmbeddedPostgres, MIGRATIONS, dataSourceOptions, openDataSource } from '@magmatch/database';
import type { DataSource } from 'typeorm';
import { isolatedDatabase, type DatabaseEngine, type IsolatedDatabase } from './test-database.js';

type Migration = (typeof MIGRATIONS)[number];

/** One release of MagMatch opening the database: migrated up to its own last migration. */
export interface Release {
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * A database that releases open in turn, as an upgrade does: `before(migration)` runs every migration older
 * than `migration` (so a test can write the data of that time), `through(migration)` runs it too, so that
 * undoing the last migration reverts exactly that one. Each release
 * opens the database afresh, as a restarted process does (the embedded server takes one connection).
 */
export async function upgradeTest(engine: DatabaseEngine) {
  const database: IsolatedDatabase = await isolatedDatabase(engine);
  const open = async (migrations: readonly Migration[]): Promise<Release> => {
    const server = database.config.engine === 'pglite' ? await EmbeddedPostgres.start(database.config.dataDir) : undefined;
    const dataSource = await openDataSource({ ...dataSourceOptions(database.config, server?.url), migrations: [...migrations] }, true);
    const close = async () => {
      await dataSource.destroy();
      await server?.stop();
    };
    return { dataSource, close };
  };
  return {
    schema: database.config.schema,
    before: (migration: Migration) => open(MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration))),
    through: (migration: Migration) => open(MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration) + 1)),
    dispose: () => database.dispose(),
  };
}

/** A selling organisation and its user, as rows of a release that has capabilities; returns their ids. */
export async function insertSeller(dataSource: DataSource, name: string, creditCode: string): Promise<{ organizationId: string; userId: string }> {
  const [organization] = await dataSource.query(
    `INSERT INTO organizations (name, type, credit_code, capabilities) VALUES ($1, 'SUPPLIER', $2, ARRAY['SELL', 'BUY']) RETURNING id`,
    [name, creditCode],
  );
  const [user] = await dataSource.query(
    `INSERT INTO users (email, password_hash, role, organization_id) VALUES ($1, 'x', 'SUPPLIER', $2) RETURNING id`,
    [`sales@${organization.id}.example`, organization.id],
  );
  return { organizationId: organization.id, userId: user.id };
}
