import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scenario templates at this migration (libs/catalog/src/data/reference.ts): minimums and usual grades,
 * to tell which constraints of an existing requirement its template filled.
 */
const TEMPLATES: readonly (readonly [scenario: string, minTensileStrengthMpa: number | null, minElongationPct: number | null, grades: readonly string[]])[] = [
  ['AUTO_IP_BEAM', 220, 6, ['AM60B', 'AM50A']],
  ['AUTO_SEAT_FRAME', null, 8, ['AM60B', 'AM50A']],
  ['AUTO_BODY_STRUCTURE', null, 8, ['AM50A', 'AM60B', 'AE44']],
  ['AUTO_STEERING_WHEEL', null, 10, ['AM50A']],
  ['AUTO_POWERTRAIN_WARM', null, null, ['AE44', 'AS41']],
  ['HOUSING_3C', null, null, ['AZ91D', 'AZ31B']],
  ['HOUSING_POWER_TOOL', null, null, ['AZ91D']],
  ['BUILDING_FORMWORK', null, null, ['AZ31B']],
  ['EBIKE_FRAME', 260, null, ['AZ61A', 'AZ31B', 'ZK60A']],
  ['EBIKE_WHEEL', null, null, ['AM60B', 'AZ91D']],
  ['PV_STORAGE_FRAME', null, null, ['AZ31B', 'AZ61A']],
  ['RAIL_AEROSPACE', null, null, ['WE43', 'ZK60A']],
];

/**
 * Which constraints of a requirement came from its scenario's template rather than from the buyer
 * (`template_constraints`: minTensileStrengthMpa, minElongationPct, acceptableGrades). For existing rows the
 * buyer's own input was not kept, so a minimum equal to its template's is taken as the template's, and so are
 * grades equal to the template's usual grades when none were typed; `down` drops the column.
 */
export class TemplateConstraints1764424800000 implements MigrationInterface {
  name = 'TemplateConstraints1764424800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requirements ADD COLUMN template_constraints text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE requirements r SET template_constraints = array_remove(ARRAY[
         CASE WHEN t.tensile IS NOT NULL AND r.min_tensile_strength_mpa = t.tensile THEN 'minTensileStrengthMpa' END,
         CASE WHEN t.elongation IS NOT NULL AND r.min_elongation_pct = t.elongation THEN 'minElongationPct' END,
         CASE WHEN r.acceptable_grades = t.grades AND cardinality(r.acceptable_grades_as_typed) = 0 THEN 'acceptableGrades' END
       ], NULL)
       FROM jsonb_to_recordset($1::jsonb) AS t(scenario text, tensile float8, elongation float8, grades text[])
       WHERE r.scenario = t.scenario`,
      [JSON.stringify(TEMPLATES.map(([scenario, tensile, elongation, grades]) => ({ scenario, tensile, elongation, grades })))],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requirements DROP COLUMN template_constraints`);
  }
}
