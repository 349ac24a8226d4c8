import { describe, expect, it } from '@jest/globals';
import { Trade1764432000000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

const assumed = (amount: number, place: string | null) => ({
  amount, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place, paymentTerms: null,
});

/**
 * Bare CNY/t numbers become prices with a basis — CNY per tonne, VAT included, EXW at the supplier's city — marked
 * as assumed until their owner confirms them; answered matches enter the response log; and back.
 */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the trade migration on ${engine}`, () => {
    it('gives every price its assumed basis without loss, logs answered matches, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(Trade1764432000000);
        const { organizationId, userId } = await insertSeller(previous.dataSource, 'Fugu Magnesium', '91610800MA2N000031');
        const insertListing = (title: string, city: string | null, min: number | null, max: number | null) =>
          previous.dataSource.query(
            `INSERT INTO listings (supplier_id, created_by, title, material_class, grade, form, card, monthly_capacity_tonnes, city,
               price_min_cny_per_tonne, price_max_cny_per_tonne, state)
             VALUES ($1, $2, $3, 'PRIMARY_MAGNESIUM', 'Mg99.90', 'INGOT', '{}', 1000, $4, $5, $6, 'PUBLISHED') RETURNING id`,
            [organizationId, userId, title, city, min, max],
          );
        const [ingot] = await insertListing('Mg99.90 ingot', 'Fugu', 16_500, 16_900);
        await insertListing('Ingot, price on request', 'Fugu', null, null);
        await insertListing('Ingot, no city', null, 16_400, null);
        const [requirement] = await previous.dataSource.query(
          `INSERT INTO requirements (buyer_id, created_by, title, material_class, quantity_tonnes_per_month, max_price_cny_per_tonne, state)
           VALUES ($1, $2, 'Pure Mg', 'PRIMARY_MAGNESIUM', 100, 17000, 'OPEN') RETURNING id`,
          [organizationId, userId],
        );
        await previous.dataSource.query(
          `INSERT INTO matches (requirement_id, listing_id, score, reasons, state, created_at, updated_at)
           VALUES ($1, $2, 0.8, '[]', 'SUPPLIER_INTERESTED', '2026-11-01T08:00:00Z', '2026-11-01T14:30:00Z')`,
          [requirement.id, ingot.id],
        );
        await previous.close();

        const current = await upgrade.through(Trade1764432000000);
        expect(await current.dataSource.query(`SELECT title, price_from, price_to, price_basis_assumed FROM listings ORDER BY title`)).toEqual([
          { title: 'Ingot, no city', price_from: assumed(16_400, null), price_to: null, price_basis_assumed: true },
          { title: 'Ingot, price on request', price_from: null, price_to: null, price_basis_assumed: false },
          { title: 'Mg99.90 ingot', price_from: assumed(16_500, 'Fugu'), price_to: assumed(16_900, 'Fugu'), price_basis_assumed: true },
        ]);
        expect(await current.dataSource.query(`SELECT max_price, max_price_basis_assumed FROM requirements`)).toEqual([
          { max_price: assumed(17_000, null), max_price_basis_assumed: true },
        ]);
        const [logged] = await current.dataSource.query(`SELECT organization_id, subject, extract(epoch FROM answered_at - asked_at)::int AS seconds FROM response_times`);
        expect(logged).toEqual({ organization_id: organizationId, subject: 'match', seconds: 6.5 * 3600 });

        await current.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await current.dataSource.query(`SELECT title, price_min_cny_per_tonne, price_max_cny_per_tonne FROM listings ORDER BY title`)).toEqual([
          { title: 'Ingot, no city', price_min_cny_per_tonne: 16_400, price_max_cny_per_tonne: null },
          { title: 'Ingot, price on request', price_min_cny_per_tonne: null, price_max_cny_per_tonne: null },
          { title: 'Mg99.90 ingot', price_min_cny_per_tonne: 16_500, price_max_cny_per_tonne: 16_900 },
        ]);
        expect(await current.dataSource.query(`SELECT max_price_cny_per_tonne FROM requirements`)).toEqual([{ max_price_cny_per_tonne: 17_000 }]);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
