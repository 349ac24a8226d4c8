import { describe, expect, it } from '@jest/globals';
import { OrganizationCapabilities1764403200000 } from '@magmatch/database';
import { upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/** Organisations migrate to capabilities without loss: suppliers SELL, buyers BUY, the association neither; and back. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the organisation-capabilities migration on ${engine}`, () => {
    it('gives existing organisations what their type allowed, keeps every row, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previousRelease = await upgrade.before(OrganizationCapabilities1764403200000);
        const previous = previousRelease.dataSource;
        await previous.query(
          `INSERT INTO organizations (name, type, credit_code, verification_level) VALUES
             ('Chizhou Magnesium Works', 'SUPPLIER', '91341700MA2N000001', 'VERIFIED'),
             ('Hefei Auto Parts', 'BUYER', '91340100MA2N000002', 'LISTED'),
             ('Anhui Magnesium Association', 'ASSOCIATION', '51340000MA2N000003', 'VERIFIED')`,
        );
        await previousRelease.close();

        const thisRelease = await upgrade.through(OrganizationCapabilities1764403200000);
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
        expect(await migrated.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'organizations' AND column_name = 'capabilities' AND table_schema = $1`, [upgrade.schema])).toEqual([]);
        await thisRelease.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
