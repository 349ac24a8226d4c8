import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * First-purchase / first-use / first-batch programs with their rules as versioned data, purchases recorded
 * on accepted matches, applications with evidence, and the replication list of proven applications. A
 * program's committed money can never pass its budget: a CHECK holds it whatever the code does.
 */
export class Promotions1764392400000 implements MigrationInterface {
  name = 'Promotions1764392400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE promotion_programs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FIRST_PURCHASE', 'FIRST_USE', 'FIRST_BATCH')),
        level text NOT NULL DEFAULT 'PROVINCIAL' CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY')),
        legal_basis text,
        rules jsonb NOT NULL,
        rules_version integer NOT NULL DEFAULT 1,
        subsidy_pct double precision NOT NULL CHECK (subsidy_pct > 0 AND subsidy_pct <= 100),
        cap_per_purchase_cny double precision NOT NULL CHECK (cap_per_purchase_cny > 0),
        budget_cny double precision NOT NULL CHECK (budget_cny > 0),
        committed_cny double precision NOT NULL DEFAULT 0,
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        state text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'LAUNCHED', 'CLOSED')),
        launched_at timestamptz(3),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT promotion_programs_window CHECK (ends_at > starts_at),
        CONSTRAINT promotion_programs_budget_never_overcommitted CHECK (committed_cny >= 0 AND committed_cny <= budget_cny)
      )`);
    await queryRunner.query(`
      CREATE TABLE purchases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES matches (id),
        buyer_id uuid NOT NULL REFERENCES organizations (id),
        supplier_id uuid NOT NULL REFERENCES organizations (id),
        grade text NOT NULL,
        grade_family text NOT NULL,
        quantity_tonnes double precision NOT NULL CHECK (quantity_tonnes > 0),
        amount_cny double precision NOT NULL CHECK (amount_cny > 0),
        contract_signed_at date NOT NULL,
        first_use_at date,
        use_succeeded boolean,
        delivery_confirmed_at timestamptz(3),
        recorded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX purchases_by_buyer_family ON purchases (buyer_id, grade_family, contract_signed_at)`);
    await queryRunner.query(`
      CREATE TABLE promotion_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES promotion_programs (id),
        purchase_id uuid NOT NULL REFERENCES purchases (id),
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'GRANTED', 'REJECTED', 'WITHDRAWN')),
        requested_cny double precision NOT NULL,
        granted_cny double precision,
        reason text,
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (program_id, purchase_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE evidence_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purchase_id uuid NOT NULL REFERENCES purchases (id),
        kind text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 text NOT NULL,
        stored_as text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES users (id),
        uploaded_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE proven_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purchase_id uuid NOT NULL UNIQUE REFERENCES purchases (id),
        grade text NOT NULL,
        form text NOT NULL,
        scenario text NOT NULL,
        buyer_id uuid NOT NULL REFERENCES organizations (id),
        case_text text NOT NULL,
        published_by uuid NOT NULL REFERENCES users (id),
        published_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX proven_applications_by_scenario ON proven_applications (scenario, grade, form)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['proven_applications', 'evidence_documents', 'promotion_applications', 'purchases', 'promotion_programs']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
