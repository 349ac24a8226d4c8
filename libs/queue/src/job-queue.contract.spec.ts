import { Redis } from 'ioredis';
import { BullMqJobQueue } from './bullmq/bullmq-job-queue.js';
import { DatabaseJobQueue } from './embedded/database-job-queue.js';
import { describeJobQueueContract } from './job-queue.contract.js';
import { databaseEnginesUnderTest, openTestDataSource } from '../../../test/support/test-database.js';
import { realEngineUrl, uniqueName } from '../../../test/support/real-engines.js';

for (const engine of databaseEnginesUnderTest()) {
  describeJobQueueContract(`embedded queue on ${engine}`, async () => {
    const database = await openTestDataSource(engine);
    return {
      create: () => new DatabaseJobQueue(database.dataSource, { pollMs: 20, maintenanceMs: 100 }),
      dispose: () => database.close(),
    };
  });
}

const redisUrl = realEngineUrl('redis');
if (redisUrl) {
  describeJobQueueContract('BullMQ on Redis', async () => {
    const prefix = uniqueName();
    return {
      create: () => new BullMqJobQueue(redisUrl, prefix),
      async dispose() {
        const redis = new Redis(redisUrl);
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length > 0) await redis.del(...keys);
        redis.disconnect();
      },
    };
  });
}
