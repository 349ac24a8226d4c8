import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue as data: every grade (the reference data set, loaded at start by the catalogue, and producers'
 * own grades), producers' grade proposals as a review subject, and the append-only history of every change.
 * `catalog_state` is one row: the revision every change raises under its row lock (so revisions follow
 * commit order and a process tells its in-memory catalogue is stale with one read) and the version of the
 * reference data set last loaded. `down` drops producers' grades too: listings naming them keep the code.
 */
export class GradeCatalogue1764421200000 implements MigrationInterface {
  name = 'GradeCatalogue1764421200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalog_grades (
        code text PRIMARY KEY,
        material_class text NOT NULL CHECK (material_class IN ('PRIMARY_MAGNESIUM', 'ALLOY', 'SCRAP', 'BY_PRODUCT')),
        family text NOT NULL,
        status text NOT NULL CHECK (status IN ('STANDARD', 'PROPRIETARY', 'PROPOSED', 'RETIRED')),
        record jsonb NOT NULL,
        owner_id uuid,
        source text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE catalog_state (
        id int PRIMARY KEY CHECK (id = 1),
        revision bigint NOT NULL,
        reference_version text,
        reference_loaded_at timestamptz
      )`);
    await queryRunner.query(`INSERT INTO catalog_state (id, revision) VALUES (1, 0)`);
    await queryRunner.query(`
      CREATE TABLE catalog_grade_changes (
        id bigserial PRIMARY KEY,
        code text NOT NULL,
        action text NOT NULL,
        actor_id uuid,
        source text NOT NULL,
        before jsonb,
        after jsonb,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX catalog_grade_changes_code ON catalog_grade_changes (code, id)`);
    await queryRunner.query(`
      CREATE FUNCTION catalog_grade_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'catalogue changes are append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER catalog_grade_changes_append_only BEFORE UPDATE OR DELETE ON catalog_grade_changes
      FOR EACH ROW EXECUTE FUNCTION catalog_grade_changes_append_only()`);
    await queryRunner.query(`
      CREATE TABLE grade_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        title text NOT NULL,
        owner_id uuid NOT NULL,
        proposed_by uuid NOT NULL,
        test_report text,
        note text,
        state text NOT NULL CHECK (state IN ('PENDING_REVIEW', 'APPROVED', 'REJECTED')),
        rejection_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        approved_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX grade_proposals_pending ON grade_proposals (code) WHERE state = 'PENDING_REVIEW'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE grade_proposals`);
    await queryRunner.query(`DROP TABLE catalog_grade_changes`);
    await queryRunner.query(`DROP FUNCTION catalog_grade_changes_append_only()`);
    await queryRunner.query(`DROP TABLE catalog_state`);
    await queryRunner.query(`DROP TABLE catalog_grades`);
  }
}
