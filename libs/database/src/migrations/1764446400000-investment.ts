import type { MigrationInterface, QueryRunner } from 'typeorm';

const LINKS = `'SMELTING', 'ALLOYING', 'CASTING', 'EXTRUSION_ROLLING', 'DEEP_PROCESSING', 'APPLICATION', 'RECYCLING', 'EQUIPMENT', 'TESTING'`;

/**
 * The investment-attraction databases (招商): enterprises of the whole chain, members of MagMatch or not, the
 * investment projects that would fill its gaps, and the experts and teams who could help. All are kept by the
 * association; an expert's contact details only with the expert's consent, recorded with its purpose and time.
 */
export class Investment1764446400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE enterprises (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        credit_code text UNIQUE,
        chain_links text[] NOT NULL CHECK (chain_links <@ ARRAY[${LINKS}]::text[]),
        city text,
        cluster text,
        organization_id uuid UNIQUE REFERENCES organizations (id),
        tags text[] NOT NULL DEFAULT '{}',
        products text[] NOT NULL DEFAULT '{}',
        recorded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX enterprises_by_cluster ON enterprises (cluster)`);
    await queryRunner.query(`
      CREATE TABLE investment_projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        chain_link text NOT NULL CHECK (chain_link IN (${LINKS})),
        city text,
        cluster text,
        investment_cny double precision CHECK (investment_cny > 0),
        stage text NOT NULL CHECK (stage IN ('PROPOSED', 'PLANNING', 'SEEKING_PARTNERS', 'UNDER_CONSTRUCTION', 'OPERATING')),
        seeking text[] NOT NULL DEFAULT '{}',
        enterprise_id uuid REFERENCES enterprises (id),
        recorded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE experts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        institution text,
        fields text[] NOT NULL CHECK (cardinality(fields) > 0),
        contact text,
        contact_consent_at timestamptz(3),
        contact_consent_purpose text,
        recorded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT experts_contact_needs_consent CHECK (contact IS NULL OR (contact_consent_at IS NOT NULL AND contact_consent_purpose IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE experts`);
    await queryRunner.query(`DROP TABLE investment_projects`);
    await queryRunner.query(`DROP TABLE enterprises`);
  }
}
