import type { MigrationInterface, QueryRunner } from 'typeorm';

const MECHANICAL = ['tensile_strength_mpa', 'yield_strength_mpa', 'elongation_pct'] as const;
const CARD_KEYS: Record<(typeof MECHANICAL)[number], string> = {
  tensile_strength_mpa: 'tensileStrengthMpa',
  yield_strength_mpa: 'yieldStrengthMpa',
  elongation_pct: 'elongationPct',
};

/** A single value on the previous card, as a range: TYPICAL → typical, SPEC_MINIMUM and TESTED → min. */
const rangeOf = (column: string) => `CASE WHEN ${column} IS NULL THEN 'null'::jsonb ELSE jsonb_build_object(
  'min', CASE WHEN property_basis = 'TYPICAL' THEN NULL ELSE ${column} END,
  'typical', CASE WHEN property_basis = 'TYPICAL' THEN ${column} END,
  'max', NULL, 'basis', property_basis, 'condition', NULL) END`;

/**
 * Property ranges replace the single values of a listing's card: each value becomes a range with its basis
 * (a TYPICAL value its `typical`, a SPEC_MINIMUM or TESTED one its `min`), the density and test standard move
 * into the card, hardness starts empty. `down` gives back one value per property (the one matching held: the
 * guaranteed minimum, or a typical range's typical value) and one basis per card (TYPICAL if any was typical).
 */
export class PropertyRanges1764417600000 implements MigrationInterface {
  name = 'PropertyRanges1764417600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN card jsonb`);
    await queryRunner.query(
      `UPDATE listings SET card = jsonb_build_object(
         ${MECHANICAL.map((column) => `'${CARD_KEYS[column]}', ${rangeOf(column)}`).join(',\n         ')},
         'hardnessHb', NULL, 'densityGCm3', density_g_cm3, 'testStandard', test_standard)`,
    );
    await queryRunner.query(`ALTER TABLE listings ALTER COLUMN card SET NOT NULL`);
    for (const column of [...MECHANICAL, 'density_g_cm3', 'property_basis', 'test_standard']) {
      await queryRunner.query(`ALTER TABLE listings DROP COLUMN ${column}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [...MECHANICAL, 'density_g_cm3']) await queryRunner.query(`ALTER TABLE listings ADD COLUMN ${column} double precision`);
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN test_standard text`);
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN property_basis text NOT NULL DEFAULT 'TYPICAL' CHECK (property_basis IN ('TYPICAL', 'SPEC_MINIMUM', 'TESTED'))`);
    // The value matching held: a typical range's typical value, else the minimum (as `constraintValue`).
    const valueOf = (key: string) => {
      const [min, typical] = ['min', 'typical'].map((stat) => `(card->'${key}'->>'${stat}')::double precision`);
      return `CASE WHEN card->'${key}'->>'basis' = 'TYPICAL' THEN COALESCE(${typical}, ${min}) ELSE COALESCE(${min}, ${typical}) END`;
    };
    const ranges = MECHANICAL.map((column) => `card->'${CARD_KEYS[column]}'`);
    await queryRunner.query(
      `UPDATE listings SET
         ${MECHANICAL.map((column) => `${column} = ${valueOf(CARD_KEYS[column])}`).join(', ')},
         density_g_cm3 = (card->>'densityGCm3')::double precision,
         test_standard = card->>'testStandard',
         property_basis = CASE
           WHEN ${ranges.map((range) => `${range}->>'basis' = 'TYPICAL'`).join(' OR ')} THEN 'TYPICAL'
           WHEN ${ranges.map((range) => `${range}->>'basis' = 'TESTED'`).join(' OR ')} THEN 'TESTED'
           WHEN ${ranges.map((range) => `${range}->>'basis' = 'SPEC_MINIMUM'`).join(' OR ')} THEN 'SPEC_MINIMUM'
           ELSE 'TYPICAL' END`,
    );
    await queryRunner.query(`ALTER TABLE listings ALTER COLUMN property_basis DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE listings DROP COLUMN card`);
  }
}
