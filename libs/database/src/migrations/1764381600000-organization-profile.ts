import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where an organisation sits (region, industrial cluster) and the certificates it holds, with validity. */
export class OrganizationProfile1764381600000 implements MigrationInterface {
  name = 'OrganizationProfile1764381600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organizations ADD COLUMN region text, ADD COLUMN cluster text`);
    await queryRunner.query(`
      CREATE TABLE organization_certifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        code text NOT NULL,
        certificate_number text,
        valid_from date NOT NULL,
        valid_until date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_until >= valid_from)
      )`);
    await queryRunner.query(`CREATE INDEX organization_certifications_holder ON organization_certifications (organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organization_certifications`);
    await queryRunner.query(`ALTER TABLE organizations DROP COLUMN region, DROP COLUMN cluster`);
  }
}
