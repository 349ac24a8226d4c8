import { describe, expect, it } from '@jest/globals';
import { MaterialClasses1764414000000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/** Listings and requirements get their material class from what they already say, and lose nothing; and back. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the material-classes migration on ${engine}`, () => {
    it('classes existing listings and requirements by grade and form, keeps every value, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(MaterialClasses1764414000000);
        const { organizationId, userId } = await insertSeller(previous.dataSource, 'Wanjiang Recycling', '91341702MA2N000003');
        for (const [title, grade, form] of [['Clean returns', 'AM60B', 'SCRAP'], ['Mg99.90 ingot', 'Mg99.90', 'INGOT'], ['AZ91D ingot', 'AZ91D', 'INGOT']]) {
          await previous.dataSource.query(
            `INSERT INTO listings (supplier_id, created_by, title, grade, grade_as_typed, form, property_basis, monthly_capacity_tonnes, composition)
             VALUES ($1, $2, $3, $4, $4, $5, 'TYPICAL', 100, '[{"element":"Fe","minPct":null,"maxPct":0.004}]')`,
            [organizationId, userId, title, grade, form],
          );
        }
        for (const [title, grades, form] of [['Ingot', ['Mg99.90', 'Mg99.95'], 'INGOT'], ['Returns', ['AM60B'], 'SCRAP'], ['Any', [], null]]) {
          await previous.dataSource.query(
            `INSERT INTO requirements (buyer_id, created_by, title, acceptable_grades, form, quantity_tonnes_per_month) VALUES ($1, $2, $3, $4, $5, 10)`,
            [organizationId, userId, title, grades, form],
          );
        }
        await previous.close();

        const current = await upgrade.through(MaterialClasses1764414000000);
        expect(await current.dataSource.query(`SELECT title, material_class, grade, grade_as_typed, form, composition, scrap, by_product FROM listings ORDER BY title`)).toEqual([
          { title: 'AZ91D ingot', material_class: 'ALLOY', grade: 'AZ91D', grade_as_typed: 'AZ91D', form: 'INGOT', composition: [{ element: 'Fe', minPct: null, maxPct: 0.004 }], scrap: null, by_product: null },
          { title: 'Clean returns', material_class: 'SCRAP', grade: 'AM60B', grade_as_typed: 'AM60B', form: 'SCRAP', composition: [{ element: 'Fe', minPct: null, maxPct: 0.004 }], scrap: null, by_product: null },
          { title: 'Mg99.90 ingot', material_class: 'PRIMARY_MAGNESIUM', grade: 'Mg99.90', grade_as_typed: 'Mg99.90', form: 'INGOT', composition: [{ element: 'Fe', minPct: null, maxPct: 0.004 }], scrap: null, by_product: null },
        ]);
        expect(await current.dataSource.query(`SELECT title, material_class, acceptable_grades, scrap_classes FROM requirements ORDER BY title`)).toEqual([
          { title: 'Any', material_class: 'ALLOY', acceptable_grades: [], scrap_classes: [] },
          { title: 'Ingot', material_class: 'PRIMARY_MAGNESIUM', acceptable_grades: ['Mg99.90', 'Mg9995A', 'Mg9995B'], scrap_classes: [] },
          { title: 'Returns', material_class: 'SCRAP', acceptable_grades: ['AM60B'], scrap_classes: [] },
        ]);
        await current.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await current.dataSource.query(`SELECT title, grade, form FROM listings ORDER BY title`)).toEqual([
          { title: 'AZ91D ingot', grade: 'AZ91D', form: 'INGOT' },
          { title: 'Clean returns', grade: 'AM60B', form: 'SCRAP' },
          { title: 'Mg99.90 ingot', grade: 'Mg99.90', form: 'INGOT' },
        ]);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
