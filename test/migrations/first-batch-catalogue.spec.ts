import { describe, expect, it } from '@jest/globals';
import { FirstBatchCatalogue1764439200000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/** The catalogue's editions arrive as reference data; a listing's free-text claim stays as typed, unverified, naming no entry. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the first-batch-catalogue migration on ${engine}`, () => {
    it('loads the editions, keeps free-text claims unverified, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(FirstBatchCatalogue1764439200000);
        const { organizationId, userId } = await insertSeller(previous.dataSource, 'Chaohu Extrusion', '91340181MA2N000051');
        await previous.dataSource.query(
          `INSERT INTO listings (supplier_id, created_by, title, material_class, grade, form, card, monthly_capacity_tonnes, first_batch_new_material, catalogue_entry)
           VALUES ($1, $2, 'ZK60A-T5 tube', 'ALLOY', 'ZK60A', 'EXTRUSION', '{}', 100, true, 'High-performance magnesium alloy extrusions')`,
          [organizationId, userId],
        );
        await previous.close();

        const current = await upgrade.through(FirstBatchCatalogue1764439200000);
        expect(await current.dataSource.query(`SELECT first_batch_new_material, catalogue_entry, first_batch_entry_id, first_batch_verified FROM listings`)).toEqual([
          { first_batch_new_material: true, catalogue_entry: 'High-performance magnesium alloy extrusions', first_batch_entry_id: null, first_batch_verified: false },
        ]);
        const [{ editions, entries }] = await current.dataSource.query(
          `SELECT (SELECT count(*)::int FROM first_batch_editions) AS editions, (SELECT count(*)::int FROM first_batch_entries) AS entries`,
        );
        expect({ editions, entries }).toEqual({ editions: 4, entries: 6 });

        await current.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await current.dataSource.query(`SELECT title, catalogue_entry FROM listings`)).toEqual([
          { title: 'ZK60A-T5 tube', catalogue_entry: 'High-performance magnesium alloy extrusions' },
        ]);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
