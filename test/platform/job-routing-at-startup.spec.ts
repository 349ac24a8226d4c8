import { afterEach, expect, it } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@magmatch/core';
import { JobHandler, MessagingModule, defineJob } from '@magmatch/messaging';
import { PlatformModule } from '@magmatch/platform';
import { isolatedDatabase, type IsolatedDatabase } from '../support/test-database.js';

const RecomputeMatches = defineJob('matching.recompute-matches');
const SendDigest = defineJob('notifications.send-digest');

@Injectable()
class FirstDigestSender {
  @JobHandler(SendDigest)
  async send(): Promise<void> {}
}

@Injectable()
class SecondDigestSender {
  @JobHandler(SendDigest)
  async send(): Promise<void> {}
}

@Module({
  imports: [MessagingModule.forFeature([RecomputeMatches, SendDigest])],
  providers: [FirstDigestSender, SecondDigestSender],
})
class MisconfiguredModule {}

let database: IsolatedDatabase;

afterEach(async () => {
  await database.dispose();
});

it('refuses to start a worker whose jobs and handlers do not pair up, naming each problem', async () => {
  database = await isolatedDatabase('pglite');
  const config = loadConfig({ DATA_DIR: database.dataDir, LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(
    { module: class Worker {}, imports: [PlatformModule.forRoot(config, 'secret', { consumeJobs: true }), MisconfiguredModule] },
    { logger: false, abortOnError: false },
  );
  await expect(app.init()).rejects.toThrow(
    'Job handlers do not match the declared jobs: job "matching.recompute-matches" has no handler; ' +
      'job "notifications.send-digest" has 2 handlers: FirstDigestSender.send, SecondDigestSender.send',
  );
  await app.close();
});
