import { describe, expect, it } from '@jest/globals';
import { SignInFailuresToRateLimits1764453600000 } from '@magmatch/database';
import { insertSeller, upgradeTest } from '../support/migration-releases.js';
import { databaseEnginesUnderTest } from '../support/test-database.js';

/** The transient failure counts go to the rate limits; the accounts stay as they were; and back. */
for (const engine of databaseEnginesUnderTest()) {
  describe(`the sign-in failures migration on ${engine}`, () => {
    it('drops the failure counts, keeps every account, and reverts', async () => {
      const upgrade = await upgradeTest(engine);
      try {
        const previous = await upgrade.before(SignInFailuresToRateLimits1764453600000);
        const { userId } = await insertSeller(previous.dataSource, 'Luyang Die Casting', '91340103MA2DEMX061');
        await previous.dataSource.query(`INSERT INTO sign_in_failures (email, failures) VALUES ('nobody@market.example', 4)`);
        await previous.close();

        const current = await upgrade.through(SignInFailuresToRateLimits1764453600000);
        const db = current.dataSource;
        expect(await db.query(`SELECT id FROM users`)).toEqual([{ id: userId }]);
        expect(await db.query(`SELECT to_regclass('sign_in_failures') AS failures`)).toEqual([{ failures: null }]);
        await db.undoLastMigration({ transaction: 'each' });
        expect(await db.query(`SELECT count(*)::int AS count FROM sign_in_failures`)).toEqual([{ count: 0 }]);
        expect(await db.query(`SELECT id FROM users`)).toEqual([{ id: userId }]);
        await current.close();
      } finally {
        await upgrade.dispose();
      }
    });
  });
}
