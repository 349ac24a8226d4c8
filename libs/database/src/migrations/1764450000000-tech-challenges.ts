import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Technology challenges (揭榜挂帅): problems organisations post for experts, and the applications the association
 * records on the experts' behalf. Deleting an expert deletes their applications and leaves an award without
 * its expert, so personal data goes with the record.
 */
export class TechChallenges1764450000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tech_challenges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid NOT NULL REFERENCES users (id),
        title text NOT NULL,
        description text,
        fields text[] NOT NULL CHECK (cardinality(fields) > 0),
        reward_cny double precision CHECK (reward_cny > 0),
        deadline date,
        state text NOT NULL CHECK (state IN ('DRAFT', 'OPEN', 'AWARDED', 'CLOSED')),
        awarded_expert_id uuid REFERENCES experts (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX tech_challenges_by_owner ON tech_challenges (owner_id)`);
    await queryRunner.query(`
      CREATE TABLE challenge_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES tech_challenges (id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
        proposal text,
        recorded_by uuid NOT NULL REFERENCES users (id),
        applied_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (challenge_id, expert_id)
      )`);
    await queryRunner.query(`CREATE INDEX challenge_applications_by_expert ON challenge_applications (expert_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE challenge_applications`);
    await queryRunner.query(`DROP TABLE tech_challenges`);
  }
}
