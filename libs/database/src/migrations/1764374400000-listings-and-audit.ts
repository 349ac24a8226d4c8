import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Supplier listings with their property cards, and the append-only audit log of moderator actions. */
export class ListingsAndAudit1764374400000 implements MigrationInterface {
  name = 'ListingsAndAudit1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE listings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid NOT NULL REFERENCES users (id),
        title text NOT NULL,
        title_en text,
        description text,
        description_en text,
        grade text NOT NULL,
        temper text,
        form text NOT NULL,
        tensile_strength_mpa double precision,
        yield_strength_mpa double precision,
        elongation_pct double precision,
        density_g_cm3 double precision,
        property_basis text NOT NULL CHECK (property_basis IN ('TYPICAL', 'SPEC_MINIMUM', 'TESTED')),
        test_standard text,
        monthly_capacity_tonnes double precision NOT NULL CHECK (monthly_capacity_tonnes > 0),
        min_order_tonnes double precision,
        price_min_cny_per_tonne double precision,
        price_max_cny_per_tonne double precision,
        lead_time_days integer,
        delivery_regions text[] NOT NULL DEFAULT '{}',
        certifications text[] NOT NULL DEFAULT '{}',
        scenarios text[] NOT NULL DEFAULT '{}',
        city text,
        recycled_content_pct double precision,
        carbon_footprint_kg_co2e_per_kg double precision,
        first_batch_new_material boolean NOT NULL DEFAULT false,
        catalogue_entry text,
        state text NOT NULL DEFAULT 'DRAFT'
          CHECK (state IN ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
        rejection_reason text,
        -- millisecond precision, so that page cursors carry timestamps exactly
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        published_at timestamptz(3)
      )`);
    await queryRunner.query(`CREATE INDEX listings_supplier ON listings (supplier_id)`);
    await queryRunner.query(`CREATE INDEX listings_published_page ON listings (published_at DESC, id DESC) WHERE state = 'PUBLISHED'`);
    await queryRunner.query(`CREATE INDEX listings_review_queue ON listings (updated_at) WHERE state = 'PENDING_REVIEW'`);
    await queryRunner.query(`
      CREATE TABLE audit_entries (
        id bigserial PRIMARY KEY,
        actor_id uuid NOT NULL REFERENCES users (id),
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        before jsonb,
        after jsonb,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX audit_entries_subject ON audit_entries (subject_id, id)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries are append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entries`);
    await queryRunner.query(`DROP FUNCTION audit_entries_append_only()`);
    await queryRunner.query(`DROP TABLE listings`);
  }
}
