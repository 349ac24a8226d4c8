import { describe, expect, it } from '@jest/globals';
import { CompositionsAndTypedDesignations1764406800000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/** Listings and requirements of the previous release keep every value; the new fields start empty; and back. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the compositions-and-typed-designations migration on ${engine}`, () => {
    it('keeps listings and requirements whole, with no typed designation and no composition, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(CompositionsAndTypedDesignations1764406800000);
        const { organizationId, userId } = await insertSeller(previous.dataSource, 'Chizhou Magnesium Works', '91341700MA2N000001');
        await previous.dataSource.query(
          `INSERT INTO listings (supplier_id, created_by, title, grade, temper, form, tensile_strength_mpa, property_basis, monthly_capacity_tonnes, state)
           VALUES ($1, $2, 'AZ91D 合金锭', 'AZ91D', 'F', 'INGOT', 230, 'TYPICAL', 2000, 'PUBLISHED')`,
          [organizationId, userId],
        );
        await previous.dataSource.query(
          `INSERT INTO requirements (buyer_id, created_by, title, acceptable_grades, form, quantity_tonnes_per_month)
           VALUES ($1, $2, 'Mg99.90 ingot', ARRAY['Mg99.90'], 'INGOT', 200)`,
          [organizationId, userId],
        );
        await previous.close();

        const current = await upgrade.through(CompositionsAndTypedDesignations1764406800000);
        expect(await current.dataSource.query(`SELECT title, grade, temper, form, tensile_strength_mpa, monthly_capacity_tonnes, state, grade_as_typed, composition FROM listings`)).toEqual([
          { title: 'AZ91D 合金锭', grade: 'AZ91D', temper: 'F', form: 'INGOT', tensile_strength_mpa: 230, monthly_capacity_tonnes: 2000, state: 'PUBLISHED', grade_as_typed: null, composition: [] },
        ]);
        expect(await current.dataSource.query(`SELECT title, acceptable_grades, form, quantity_tonnes_per_month, acceptable_grades_as_typed, composition FROM requirements`)).toEqual([
          { title: 'Mg99.90 ingot', acceptable_grades: ['Mg99.90'], form: 'INGOT', quantity_tonnes_per_month: 200, acceptable_grades_as_typed: [], composition: [] },
        ]);
        await current.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await current.dataSource.query(`SELECT title, grade FROM listings`)).toEqual([{ title: 'AZ91D 合金锭', grade: 'AZ91D' }]);
        expect(
          await current.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND column_name IN ('grade_as_typed', 'acceptable_grades_as_typed')`, [upgrade.schema]),
        ).toEqual([]);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
