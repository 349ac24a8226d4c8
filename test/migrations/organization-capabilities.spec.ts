import { describe, expect, it } from '@jest/globals';
import { EmbeddedPostgres, MIGRATIONS, OrganizationCapabilities1764403200000, dataSourceOptions, openDataSource } from '@magmatch/database';
import { databaseEnginesUnderTest, isolatedDatabase } from '../support/test-database.js';

/** Organisations migrate to capabilities without loss: suppliers SELL, buyers BUY, the association neither; and back. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the organisation-capabilities migration on ${engine}`, () => {
    it('gives existing organisations what their type allowed, keeps every row, and reverts', async () => {
      const database = await isolatedDatabase(engine);
      // Each release opens the database afresh, as a restarted process does (the embedded server takes one connection).
      const release = async (migrations: typeof MIGRATIONS) => {
        const server = database.config.engine === 'pglite' ? await EmbeddedPostgres.start(database.config.dataDir) : undefined;
        const dataSource = await openDataSource({ ...dataSourceOptions(database.config, server?.url), migrations }, true);
        const close = async () => {
          await dataSource.destroy();
          await server?.stop();
        };
        return { dataSource, close };
      };
      try {
        const previousRelease = await release(MIGRATIONS.slice(0, MIGRATIONS.indexOf(OrganizationCapabilities1764403200000)));
        const previous = previousRelease.dataSource;
        await previous.query(
          `INSERT INTO organizations (name, type, credit_code, verification_level) VALUES
             ('Chizhou Magnesium Works', 'SUPPLIER', '91341700MA2N000001', 'VERIFIED'),
             ('Hefei Auto Parts', 'BUYER', '91340100MA2N000002', 'LISTED'),
             ('Anhui Magnesium Association', 'ASSOCIATION', '51340000MA2N000003', 'VERIFIED')`,
        );
        await previousRelease.close();

        const thisRelease = await release(MIGRATIONS);
        const migrated = thisRelease.dataSource;
        const rows = async () => migrated.query(`SELECT name, type, credit_code, verification_level, capabilities FROM organizations ORDER BY name`);
        expect(await rows()).toEqual([
          { name: 'Anhui Magnesium Association', type: 'ASSOCIATION', credit_code: '51340000MA2N000003', verification_level: 'VERIFIED', capabilities: [] },
          { name: 'Chizhou Magnesium Works', type: 'SUPPLIER', credit_code: '91341700MA2N000001', verification_level: 'VERIFIED', capabilities: ['SELL'] },
          { name: 'Hefei Auto Parts', type: 'BUYER', credit_code: '91340100MA2N000002', verification_level: 'LISTED', capabilities: ['BUY'] },
        ]);
        await expect(migrated.query(`UPDATE organizations SET capabilities = ARRAY['LEND'] WHERE type = 'BUYER'`)).rejects.toThrow(/organizations_capabilities_known/);

        await migrated.undoLastMigration({ transaction: 'each' });
        expect((await migrated.query(`SELECT name FROM organizations ORDER BY name`)).length).toBe(3);
        expect(await migrated.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'organizations' AND column_name = 'capabilities' AND table_schema = $1`, [database.config.schema])).toEqual([]);
        await thisRelease.close();
      } finally {
        await database.dispose();
      }
    });
  });
}
