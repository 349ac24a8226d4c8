import { describe, expect, it } from '@jest/globals';
import { Monitoring1764442800000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/**
 * Matches still ENDORSED get their endorsement date, and every match its listing's supplier; the replication list's grade-form-scenario pairs become
 * matching's own proven pairs (once each); and back.
 */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the monitoring migration on ${engine}`, () => {
    it('dates endorsed matches, gives each its supplier, copies proven pairs once each, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(Monitoring1764442800000);
        const db = previous.dataSource;
        const { organizationId, userId } = await insertSeller(db, 'Chizhou Die-Casting', '91341700MA2N000051');
        const [listing] = await db.query(
          `INSERT INTO listings (supplier_id, created_by, title, material_class, grade, form, card, monthly_capacity_tonnes, state)
           VALUES ($1, $2, 'AM60B seat frames', 'ALLOY', 'AM60B', 'DIE_CASTING', '{}', 120, 'PUBLISHED') RETURNING id`,
          [organizationId, userId],
        );
        const requirement = async (title: string) =>
          (await db.query(
            `INSERT INTO requirements (buyer_id, created_by, title, scenario, material_class, quantity_tonnes_per_month, state)
             VALUES ($1, $2, $3, 'AUTO_SEAT_FRAME', 'ALLOY', 10, 'OPEN') RETURNING id`,
            [organizationId, userId, title],
          ))[0].id as string;
        const match = async (requirementId: string, state: string) =>
          (await db.query(
            `INSERT INTO matches (requirement_id, listing_id, score, reasons, state, created_at, updated_at)
             VALUES ($1, $2, 0.8, '[]', $3, '2026-11-01T08:00:00Z', '2026-11-02T09:15:00Z') RETURNING id`,
            [requirementId, listing.id, state],
          ))[0].id as string;
        const endorsed = await match(await requirement('Endorsed'), 'ENDORSED');
        const answered = await match(await requirement('Answered'), 'SUPPLIER_INTERESTED');
        for (const matchId of [endorsed, answered]) {
          const [purchase] = await db.query(
            `INSERT INTO purchases (match_id, buyer_id, supplier_id, grade, grade_family, quantity_tonnes, amount_cny, contract_signed_at, first_use_at, use_succeeded, recorded_by)
             VALUES ($1, $2, $2, 'AM60B', 'AM', 10, 250000, '2026-11-03', '2026-11-10', true, $3) RETURNING id`,
            [matchId, organizationId, userId],
          );
          await db.query(
            `INSERT INTO proven_applications (purchase_id, grade, form, scenario, buyer_id, case_text, published_by)
             VALUES ($1, 'AM60B', 'DIE_CASTING', 'AUTO_SEAT_FRAME', $2, 'Seat frames in series production', $3)`,
            [purchase.id, organizationId, userId],
          );
        }
        await previous.close();

        const current = await upgrade.through(Monitoring1764442800000);
        expect(await current.dataSource.query(`SELECT state, endorsed_at, supplier_id FROM matches ORDER BY state`)).toEqual([
          { state: 'ENDORSED', endorsed_at: new Date('2026-11-02T09:15:00Z'), supplier_id: organizationId },
          { state: 'SUPPLIER_INTERESTED', endorsed_at: null, supplier_id: organizationId },
        ]);
        expect(await current.dataSource.query(`SELECT grade, form, scenario FROM proven_scenarios`)).toEqual([{ grade: 'AM60B', form: 'DIE_CASTING', scenario: 'AUTO_SEAT_FRAME' }]);
        expect(await current.dataSource.query(`SELECT count(*)::int AS count FROM market_snapshots`)).toEqual([{ count: 0 }]);
        expect(await current.dataSource.query(`SELECT count(*)::int AS count FROM proven_applications`)).toEqual([{ count: 2 }]);

        await current.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await current.dataSource.query(`SELECT state FROM matches ORDER BY state`)).toEqual([{ state: 'ENDORSED' }, { state: 'SUPPLIER_INTERESTED' }]);
        const columns = await current.dataSource.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'matches' AND column_name IN ('endorsed_at', 'supplier_id')`,
        );
        expect(columns).toEqual([]);
        expect(await current.dataSource.query(`SELECT to_regclass('proven_scenarios') AS proven, to_regclass('market_snapshots') AS snapshots`)).toEqual([{ proven: null, snapshots: null }]);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
