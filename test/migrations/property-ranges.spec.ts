import { describe, expect, it } from '@jest/globals';
import { PropertyRanges1764417600000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

const range = (min: number | null, typical: number | null, basis: string) => ({ min, typical, max: null, basis, condition: null });

/** One value per property becomes a range by its basis (TYPICAL → typical, SPEC_MINIMUM and TESTED → min); and back. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the property-ranges migration on ${engine}`, () => {
    it('turns single values into ranges without loss, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(PropertyRanges1764417600000);
        const { organizationId, userId } = await insertSeller(previous.dataSource, 'Jiuhua Die Casting', '91341702MA2N000002');
        const cards = [
          ['AM60B seat frame', 228, 132, 8, 1.8, 'TESTED', 'GB/T 228.1'],
          ['AZ31B-O sheet', 255, 150, 21, 1.77, 'SPEC_MINIMUM', null],
          ['AZ91D ingot', 230, null, 3, null, 'TYPICAL', null],
        ] as const;
        for (const [title, tensile, yieldStrength, elongation, density, basis, testStandard] of cards) {
          await previous.dataSource.query(
            `INSERT INTO listings (supplier_id, created_by, title, material_class, grade, form, tensile_strength_mpa, yield_strength_mpa, elongation_pct,
               density_g_cm3, property_basis, test_standard, monthly_capacity_tonnes)
             VALUES ($1, $2, $3, 'ALLOY', 'AM60B', 'DIE_CASTING', $4, $5, $6, $7, $8, $9, 100)`,
            [organizationId, userId, title, tensile, yieldStrength, elongation, density, basis, testStandard],
          );
        }
        await previous.close();

        const current = await upgrade.through(PropertyRanges1764417600000);
        expect(await current.dataSource.query(`SELECT title, card FROM listings ORDER BY title`)).toEqual([
          {
            title: 'AM60B seat frame',
            card: {
              tensileStrengthMpa: range(228, null, 'TESTED'), yieldStrengthMpa: range(132, null, 'TESTED'), elongationPct: range(8, null, 'TESTED'),
              hardnessHb: null, densityGCm3: 1.8, testStandard: 'GB/T 228.1',
            },
          },
          {
            title: 'AZ31B-O sheet',
            card: {
              tensileStrengthMpa: range(255, null, 'SPEC_MINIMUM'), yieldStrengthMpa: range(150, null, 'SPEC_MINIMUM'), elongationPct: range(21, null, 'SPEC_MINIMUM'),
              hardnessHb: null, densityGCm3: 1.77, testStandard: null,
            },
          },
          {
            title: 'AZ91D ingot',
            card: { tensileStrengthMpa: range(null, 230, 'TYPICAL'), yieldStrengthMpa: null, elongationPct: range(null, 3, 'TYPICAL'), hardnessHb: null, densityGCm3: null, testStandard: null },
          },
        ]);
        await current.dataSource.undoLastMigration({ transaction: 'each' });
        expect(
          await current.dataSource.query(
            `SELECT title, tensile_strength_mpa, yield_strength_mpa, elongation_pct, density_g_cm3, property_basis, test_standard FROM listings ORDER BY title`,
          ),
        ).toEqual(
          cards.map(([title, tensile, yieldStrength, elongation, density, basis, testStandard]) => ({
            title, tensile_strength_mpa: tensile, yield_strength_mpa: yieldStrength, elongation_pct: elongation, density_g_cm3: density, property_basis: basis, test_standard: testStandard,
          })),
        );
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
