import { describe, expect, it } from '@jest/globals';
import { SubsidyModels1764435600000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/** Every program so far paid a share of the purchase to the buyer: so it stays, with its applications, one per purchase. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the subsidy-models migration on ${engine}`, () => {
    it('keeps existing programs as PERCENT_OF_PURCHASE to the BUYER, and their applications one per purchase; and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(SubsidyModels1764435600000);
        const db = previous.dataSource;
        const { organizationId, userId } = await insertSeller(db, 'Chizhou Die Casting', '91341702MA2N000041');
        const [program] = await db.query(
          `INSERT INTO promotion_programs (name, kind, rules, subsidy_pct, cap_per_purchase_cny, budget_cny, starts_at, ends_at, created_by)
           VALUES ('Anhui first purchase', 'FIRST_PURCHASE', '{}', 20, 500000, 10000000, '2026-01-01', '2026-12-31', $1) RETURNING id`,
          [userId],
        );
        const [listing] = await db.query(
          `INSERT INTO listings (supplier_id, created_by, title, material_class, grade, form, card, monthly_capacity_tonnes)
           VALUES ($1, $2, 'AM60B seat frames', 'ALLOY', 'AM60B', 'DIE_CASTING', '{}', 100) RETURNING id`,
          [organizationId, userId],
        );
        const [requirement] = await db.query(
          `INSERT INTO requirements (buyer_id, created_by, title, material_class, quantity_tonnes_per_month) VALUES ($1, $2, 'Seat frames', 'ALLOY', 10) RETURNING id`,
          [organizationId, userId],
        );
        const [match] = await db.query(`INSERT INTO matches (requirement_id, listing_id, score, reasons, state) VALUES ($1, $2, 0.8, '[]', 'ACCEPTED') RETURNING id`, [requirement.id, listing.id]);
        const [purchase] = await db.query(
          `INSERT INTO purchases (match_id, buyer_id, supplier_id, grade, grade_family, quantity_tonnes, amount_cny, contract_signed_at, recorded_by)
           VALUES ($1, $2, $2, 'AM60B', 'AM', 10, 200000, '2026-03-01', $3) RETURNING id`,
          [match.id, organizationId, userId],
        );
        await db.query(`INSERT INTO promotion_applications (program_id, purchase_id, requested_cny) VALUES ($1, $2, 40000)`, [program.id, purchase.id]);
        await previous.close();

        const current = await upgrade.through(SubsidyModels1764435600000);
        expect(await current.dataSource.query(`SELECT subsidy_model, beneficiary, subsidy_pct, premium_share_pct, annual_cap_cny FROM promotion_programs`)).toEqual([
          { subsidy_model: 'PERCENT_OF_PURCHASE', beneficiary: 'BUYER', subsidy_pct: 20, premium_share_pct: null, annual_cap_cny: null },
        ]);
        expect(await current.dataSource.query(`SELECT requested_cny, policy_id FROM promotion_applications`)).toEqual([{ requested_cny: 40_000, policy_id: null }]);
        await expect(
          current.dataSource.query(`INSERT INTO promotion_applications (program_id, purchase_id, requested_cny) VALUES ($1, $2, 1)`, [program.id, purchase.id]),
        ).rejects.toThrow(/unique|duplicate/i);
        await expect(
          current.dataSource.query(`UPDATE promotion_programs SET subsidy_model = 'INSURANCE_PREMIUM' WHERE id = $1`, [program.id]),
        ).rejects.toThrow(/promotion_programs_model_parameters/);

        await current.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await current.dataSource.query(`SELECT subsidy_pct FROM promotion_programs`)).toEqual([{ subsidy_pct: 20 }]);
        expect(await current.dataSource.query(`SELECT count(*)::int AS n FROM promotion_applications`)).toEqual([{ n: 1 }]);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
