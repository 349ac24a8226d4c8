import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Industry monitoring and table ownership: matches remember when they were endorsed (so the funnel counts an
 * endorsement after the supplier answers) and carry their listing's supplier (a listing never changes hands), so
 * matching counts a supplier's answers without reading the listings table; matching keeps its own copy of the proven grade-form-scenario
 * pairs instead of reading the replication list's table; daily market snapshots keep the overview's history, and
 * monitoring's record of how far each requirement got answers the funnel without reading other modules' tables.
 * Matches endorsed before this release and answered since cannot be told apart: only those still ENDORSED
 * get a date.
 */
export class Monitoring1764442800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE matches ADD COLUMN endorsed_at timestamptz(3)`);
    await queryRunner.query(`UPDATE matches SET endorsed_at = updated_at WHERE state = 'ENDORSED'`);
    await queryRunner.query(`ALTER TABLE matches ADD COLUMN supplier_id uuid REFERENCES organizations (id)`);
    await queryRunner.query(`UPDATE matches m SET supplier_id = l.supplier_id FROM listings l WHERE l.id = m.listing_id`);
    await queryRunner.query(`ALTER TABLE matches ALTER COLUMN supplier_id SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX matches_by_supplier ON matches (supplier_id, state)`);

    await queryRunner.query(`
      CREATE TABLE proven_scenarios (
        grade text NOT NULL,
        form text NOT NULL,
        scenario text NOT NULL,
        PRIMARY KEY (grade, form, scenario)
      )`);
    await queryRunner.query(`INSERT INTO proven_scenarios (grade, form, scenario) SELECT DISTINCT grade, form, scenario FROM proven_applications`);

    await queryRunner.query(`
      CREATE TABLE market_snapshots (
        day date NOT NULL,
        cluster text NOT NULL DEFAULT '',
        figures jsonb NOT NULL,
        taken_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (day, cluster)
      )`);
    await queryRunner.query(`COMMENT ON COLUMN market_snapshots.cluster IS 'The cluster the figures are of; empty for the whole market'`);
    await queryRunner.query(`
      CREATE TABLE requirement_progress (
        requirement_id uuid PRIMARY KEY,
        buyer_cluster text,
        opened_at timestamptz(3) NOT NULL,
        matched boolean NOT NULL,
        first_match_at timestamptz(3),
        endorsed boolean NOT NULL,
        quoted boolean NOT NULL,
        awarded boolean NOT NULL,
        purchased boolean NOT NULL,
        first_used boolean NOT NULL,
        refreshed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX requirement_progress_by_opened_at ON requirement_progress (opened_at)`);
    await queryRunner.query(`CREATE INDEX response_times_by_answered_at ON response_times (subject, answered_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX response_times_by_answered_at`);
    await queryRunner.query(`DROP TABLE requirement_progress`);
    await queryRunner.query(`DROP TABLE market_snapshots`);
    await queryRunner.query(`DROP TABLE proven_scenarios`);
    await queryRunner.query(`ALTER TABLE matches DROP COLUMN endorsed_at, DROP COLUMN supplier_id`);
  }
}
