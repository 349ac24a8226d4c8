import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scenario templates' minimums at this migration (libs/catalog/src/data/reference.ts), to tell which
 * constraints of an existing requirement its template filled.
 */
const TEMPLATES: readonly (readonly [scenario: string, minTensileStrengthMpa: number | null, minElongationPct: number | null])[] = [
  ['AUTO_IP_BEAM', 220, 6],
  ['AUTO_SEAT_FRAME', null, 8],
  ['AUTO_BODY_STRUCTURE', null, 8],
  ['AUTO_STEERING_WHEEL', null, 10],
  ['EBIKE_FRAME', 260, null],
];

/**
 * Which constraints of a requirement came from its scenario's template rather than from the buyer
 * (`template_constraints`: minTensileStrengthMpa, minElongationPct, acceptableGrades). For existing rows the
 * buyer's own input was not kept, so a minimum equal to its template's is taken as the template's, and
 * grades are the template's when the buyer typed none; `down` drops the column.
 */
export class TemplateConstraints1764424800000 implements MigrationInterface {
  name = 'TemplateConstraints1764424800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requirements ADD COLUMN template_constraints text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE requirements r SET template_constraints = array_remove(ARRAY[
         CASE WHEN t.tensile IS NOT NULL AND r.min_tensile_strength_mpa = t.tensile THEN 'minTensileStrengthMpa' END,
         CASE WHEN t.elongation IS NOT NULL AND r.min_elongation_pct = t.elongation THEN 'minElongationPct' END
       ], NULL)
       FROM jsonb_to_recordset($1::jsonb) AS t(scenario text, tensile float8, elongation float8)
       WHERE r.scenario = t.scenario`,
      [JSON.stringify(TEMPLATES.map(([scenario, tensile, elongation]) => ({ scenario, tensile, elongation })))],
    );
    await queryRunner.query(
      `UPDATE requirements SET template_constraints = template_constraints || ARRAY['acceptableGrades']
       WHERE scenario IS NOT NULL AND cardinality(acceptable_grades) > 0 AND cardinality(acceptable_grades_as_typed) = 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requirements DROP COLUMN template_constraints`);
  }
}
