import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stored matches between requirements and listings, and the capacity accepted matches take from listings. */
export class Matches1764385200000 implements MigrationInterface {
  name = 'Matches1764385200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requirement_id uuid NOT NULL REFERENCES requirements (id) ON DELETE CASCADE,
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        score double precision NOT NULL CHECK (score >= 0 AND score <= 1),
        reasons jsonb NOT NULL,
        state text NOT NULL DEFAULT 'PROPOSED' CHECK (state IN
          ('PROPOSED', 'ENDORSED', 'DISMISSED', 'SUPPLIER_INTERESTED', 'SUPPLIER_DECLINED', 'ACCEPTED', 'CLOSED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (requirement_id, listing_id)
      )`);
    await queryRunner.query(`CREATE INDEX matches_by_listing ON matches (listing_id, score DESC)`);
    await queryRunner.query(`CREATE INDEX matches_by_requirement ON matches (requirement_id, score DESC)`);
    await queryRunner.query(`
      ALTER TABLE listings ADD COLUMN committed_tonnes_per_month double precision NOT NULL DEFAULT 0,
        ADD CONSTRAINT listings_capacity_not_oversold CHECK (committed_tonnes_per_month <= monthly_capacity_tonnes)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE listings DROP CONSTRAINT listings_capacity_not_oversold, DROP COLUMN committed_tonnes_per_month`);
    await queryRunner.query(`DROP TABLE matches`);
  }
}
