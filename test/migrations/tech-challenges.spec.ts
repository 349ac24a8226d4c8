import { describe, expect, it } from '@jest/globals';
import { TechChallenges1764450000000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/**
 * The talent database stays as it was; challenges and applications join it, and deleting an expert takes
 * their applications with them and leaves an award without its expert; and back.
 */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the technology-challenge migration on ${engine}`, () => {
    it('keeps the experts, deletes an expert’s applications with the expert, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(TechChallenges1764450000000);
        const { organizationId, userId } = await insertSeller(previous.dataSource, 'Luyang Die Casting', '91340103MA2DEMX061');
        const [expert] = await previous.dataSource.query(
          `INSERT INTO experts (name, institution, fields, contact, contact_consent_at, contact_consent_purpose, recorded_by)
           VALUES ('Zhou Min', 'Chongqing University', ARRAY['corrosion protection'], 'zhou.min@cqu.example', '2026-11-30T08:00:00Z', 'introductions', $1) RETURNING id`,
          [userId],
        );
        await previous.close();

        const current = await upgrade.through(TechChallenges1764450000000);
        const db = current.dataSource;
        expect(await db.query(`SELECT name, fields, contact FROM experts`)).toEqual([{ name: 'Zhou Min', fields: ['corrosion protection'], contact: 'zhou.min@cqu.example' }]);
        const [challenge] = await db.query(
          `INSERT INTO tech_challenges (owner_id, created_by, title, fields, state, awarded_expert_id) VALUES ($1, $2, 'Cracks', ARRAY['腐蚀防护'], 'AWARDED', $3) RETURNING id`,
          [organizationId, userId, expert.id],
        );
        await db.query(`INSERT INTO challenge_applications (challenge_id, expert_id, recorded_by) VALUES ($1, $2, $3)`, [challenge.id, expert.id, userId]);
        await expect(db.query(`INSERT INTO challenge_applications (challenge_id, expert_id, recorded_by) VALUES ($1, $2, $3)`, [challenge.id, expert.id, userId])).rejects.toThrow();
        await db.query(`DELETE FROM experts WHERE id = $1`, [expert.id]);
        expect(await db.query(`SELECT count(*)::int AS count FROM challenge_applications`)).toEqual([{ count: 0 }]);
        expect(await db.query(`SELECT state, awarded_expert_id FROM tech_challenges`)).toEqual([{ state: 'AWARDED', awarded_expert_id: null }]);

        await db.undoLastMigration({ transaction: 'each' });
        expect(await db.query(`SELECT to_regclass('tech_challenges') AS challenges, to_regclass('challenge_applications') AS applications`)).toEqual([{ challenges: null, applications: null }]);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
