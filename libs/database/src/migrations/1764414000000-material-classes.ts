import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The primary-magnesium grades of the catalogue at this migration (GB/T 3499, ASTM B92, and the retired Mg99.95). */
const PRIMARY_GRADES = ['Mg9999', 'Mg9998', 'Mg9995A', 'Mg9995B', 'Mg99.90', 'Mg99.80', 'Mg99.95', '9980A', '9980B', '9990A', '9995A', '9998A'];

/**
 * Four material classes. Listings and requirements get theirs from what they already say: a primary-magnesium
 * grade, the SCRAP or SLAG form, or else ALLOY. A listing's grade becomes optional (mixed-alloy scrap and
 * by-products have none); scrap and by-product details are new and start empty, so a scrap listing of the
 * previous release keeps its grade and asks its owner for the scrap class at the next edit. A requirement
 * that accepted the retired Mg99.95 accepts both Mg9995A and Mg9995B; `down` leaves that as it is.
 */
export class MaterialClasses1764414000000 implements MigrationInterface {
  name = 'MaterialClasses1764414000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const classCheck = (table: string) =>
      `ALTER TABLE ${table} ADD CONSTRAINT ${table}_material_class_known CHECK (material_class IN ('PRIMARY_MAGNESIUM', 'ALLOY', 'SCRAP', 'BY_PRODUCT'))`;
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN material_class text NOT NULL DEFAULT 'ALLOY'`);
    await queryRunner.query(classCheck('listings'));
    await queryRunner.query(
      `UPDATE listings SET material_class = CASE
         WHEN form = 'SCRAP' THEN 'SCRAP' WHEN form = 'SLAG' THEN 'BY_PRODUCT' WHEN grade = ANY($1::text[]) THEN 'PRIMARY_MAGNESIUM' ELSE 'ALLOY' END`,
      [PRIMARY_GRADES],
    );
    await queryRunner.query(`ALTER TABLE listings ALTER COLUMN material_class DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE listings ALTER COLUMN grade DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN scrap jsonb`);
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN by_product jsonb`);

    await queryRunner.query(`ALTER TABLE requirements ADD COLUMN material_class text NOT NULL DEFAULT 'ALLOY'`);
    await queryRunner.query(classCheck('requirements'));
    await queryRunner.query(
      `UPDATE requirements SET material_class = CASE
         WHEN form = 'SCRAP' THEN 'SCRAP' WHEN form = 'SLAG' THEN 'BY_PRODUCT'
         WHEN cardinality(acceptable_grades) > 0 AND acceptable_grades <@ $1::text[] THEN 'PRIMARY_MAGNESIUM' ELSE 'ALLOY' END`,
      [PRIMARY_GRADES],
    );
    await queryRunner.query(`ALTER TABLE requirements ALTER COLUMN material_class DROP DEFAULT`);
    // "Mg99.95" meant either 99.95 % grade of GB/T 3499, now two grades: a requirement keeps accepting both.
    await queryRunner.query(
      `UPDATE requirements SET acceptable_grades = array_remove(acceptable_grades, 'Mg99.95') || ARRAY['Mg9995A', 'Mg9995B']
       WHERE 'Mg99.95' = ANY(acceptable_grades)`,
    );
    await queryRunner.query(`ALTER TABLE requirements ADD COLUMN scrap_classes text[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requirements DROP COLUMN scrap_classes`);
    await queryRunner.query(`ALTER TABLE requirements DROP COLUMN material_class`);
    // Listings without a grade cannot go back to the previous release, which requires one.
    await queryRunner.query(`DELETE FROM listings WHERE grade IS NULL`);
    await queryRunner.query(`ALTER TABLE listings ALTER COLUMN grade SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE listings DROP COLUMN by_product`);
    await queryRunner.query(`ALTER TABLE listings DROP COLUMN scrap`);
    await queryRunner.query(`ALTER TABLE listings DROP COLUMN material_class`);
  }
}
