import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Buyers' requirements: what they need, how much, by when, and what they will pay (kept from suppliers). */
export class Requirements1764378000000 implements MigrationInterface {
  name = 'Requirements1764378000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE requirements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        buyer_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid NOT NULL REFERENCES users (id),
        title text NOT NULL,
        description text,
        scenario text,
        acceptable_grades text[] NOT NULL DEFAULT '{}',
        form text,
        min_tensile_strength_mpa double precision,
        min_yield_strength_mpa double precision,
        min_elongation_pct double precision,
        max_density_g_cm3 double precision,
        service_temperature_c double precision,
        quantity_tonnes_per_month double precision NOT NULL CHECK (quantity_tonnes_per_month > 0),
        duration_months integer,
        needed_by date,
        city text,
        required_certifications text[] NOT NULL DEFAULT '{}',
        max_price_cny_per_tonne double precision,
        visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'MATCHED_ONLY', 'ANONYMOUS')),
        state text NOT NULL DEFAULT 'DRAFT'
          CHECK (state IN ('DRAFT', 'PENDING_REVIEW', 'OPEN', 'REJECTED', 'AWARDED', 'CLOSED', 'EXPIRED')),
        rejection_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        opened_at timestamptz(3)
      )`);
    await queryRunner.query(`CREATE INDEX requirements_buyer ON requirements (buyer_id)`);
    await queryRunner.query(`CREATE INDEX requirements_open_page ON requirements (opened_at DESC, id DESC) WHERE state = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE requirements`);
  }
}
