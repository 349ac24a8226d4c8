import { describe, expect, it } from '@jest/globals';
import { TemplateConstraints1764424800000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/** Existing requirements learn which constraints their template set: a minimum equal to the template's, grades the buyer did not type. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the template-constraints migration on ${engine}`, () => {
    it('marks what the template filled, leaves what the buyer chose, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(TemplateConstraints1764424800000);
        const { organizationId, userId } = await insertSeller(previous.dataSource, 'Xingtu Auto', '91340100MA2N000011');
        const rows = [
          ['Seat frames from the template', 'AUTO_SEAT_FRAME', ['AM60B', 'AM50A'], [], null, 8],
          ['Seat frames, the buyer asks 10 %', 'AUTO_SEAT_FRAME', ['AM50A'], ['AM50A'], null, 10],
          ['IP beams', 'AUTO_IP_BEAM', ['AM60B', 'AM50A'], [], 220, 6],
          ['Ingot', null, ['AZ91D'], ['AZ91D'], null, null],
        ] as const;
        for (const [title, scenario, grades, typed, tensile, elongation] of rows) {
          await previous.dataSource.query(
            `INSERT INTO requirements (buyer_id, created_by, title, scenario, material_class, acceptable_grades, acceptable_grades_as_typed,
               min_tensile_strength_mpa, min_elongation_pct, quantity_tonnes_per_month)
             VALUES ($1, $2, $3, $4, 'ALLOY', $5, $6, $7, $8, 10)`,
            [organizationId, userId, title, scenario, grades, typed, tensile, elongation],
          );
        }
        await previous.close();

        const current = await upgrade.through(TemplateConstraints1764424800000);
        expect(await current.dataSource.query(`SELECT title, template_constraints FROM requirements ORDER BY title`)).toEqual([
          { title: 'IP beams', template_constraints: ['minTensileStrengthMpa', 'minElongationPct', 'acceptableGrades'] },
          { title: 'Ingot', template_constraints: [] },
          { title: 'Seat frames from the template', template_constraints: ['minElongationPct', 'acceptableGrades'] },
          { title: 'Seat frames, the buyer asks 10 %', template_constraints: [] },
        ]);
        await current.dataSource.undoLastMigration({ transaction: 'each' });
        expect((await current.dataSource.query(`SELECT count(*)::int AS count FROM requirements`))[0].count).toBe(4);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
