import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listings and requirements keep the designations as typed next to the canonical grade, and carry composition
 * limits (wt%): what a supplier guarantees, what a buyer requires. Existing rows keep every value; their
 * typed designations were never stored, so they stay unknown (null, or an empty list).
 */
export class CompositionsAndTypedDesignations1764406800000 implements MigrationInterface {
  name = 'CompositionsAndTypedDesignations1764406800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN grade_as_typed text`);
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN composition jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE requirements ADD COLUMN acceptable_grades_as_typed text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE requirements ADD COLUMN composition jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requirements DROP COLUMN composition`);
    await queryRunner.query(`ALTER TABLE requirements DROP COLUMN acceptable_grades_as_typed`);
    await queryRunner.query(`ALTER TABLE listings DROP COLUMN composition`);
    await queryRunner.query(`ALTER TABLE listings DROP COLUMN grade_as_typed`);
  }
}
