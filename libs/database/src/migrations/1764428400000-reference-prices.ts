import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data the association keeps for price checks: exchange rates (CNY per unit of a currency, per day)
 * and reference price series (e.g. Mg99.90 ex-works), each value with its date and source. One value per
 * currency or series and day; a correction replaces it (the audit log keeps what it was).
 */
export class ReferencePrices1764428400000 implements MigrationInterface {
  name = 'ReferencePrices1764428400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE exchange_rates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        currency text NOT NULL CHECK (currency IN ('USD', 'EUR')),
        date date NOT NULL,
        cny_per_unit double precision NOT NULL CHECK (cny_per_unit > 0),
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (currency, date)
      )`);
    await queryRunner.query(`
      CREATE TABLE reference_prices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        series text NOT NULL,
        date date NOT NULL,
        price jsonb NOT NULL,
        source text NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (series, date)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reference_prices`);
    await queryRunner.query(`DROP TABLE exchange_rates`);
  }
}
