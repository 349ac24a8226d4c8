import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ListingSearch } from '@magmatch/marketplace-search';
import { bootConfig } from '@magmatch/config';
import { WorkerModule } from '../../worker/src/worker.module.js';

/** `npm run reindex`: indexes every published listing again, with progress. */
process.env.LOG_LEVEL ??= 'warn';
const { config, jwtSecret } = await bootConfig();
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, jwtSecret, { consumeJobs: false }), { logger: ['error', 'warn'] });
try {
  const startedAt = performance.now();
  const indexed = await app.get(ListingSearch).reindex((done, total) => process.stdout.write(`listings: ${done}/${total}\n`));
  process.stdout.write(`indexed ${indexed} listings in ${Math.round(performance.now() - startedAt)} ms\n`);
} finally {
  await app.close();
}
