import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { bootConfig } from '@magmatch/config';
import { DemoMarketModule, DemoMarketSeeder } from '../../../seeds/demo-market.seeder.js';
import { DEMO_MODERATOR_EMAIL, DEMO_PASSWORD } from '../../../seeds/demo-market.js';
import { WorkerModule } from '../../worker/src/worker.module.js';

/** `npm run seed`: loads the demo market into the configured database, idempotently, with progress. */
process.env.LOG_LEVEL ??= 'warn';
const { config, jwtSecret } = await bootConfig();
const app = await NestFactory.createApplicationContext(
  { module: class Seed {}, imports: [WorkerModule.forRoot(config, jwtSecret, { consumeJobs: false }), DemoMarketModule] },
  { logger: ['error', 'warn'] },
);
try {
  const result = await app.get(DemoMarketSeeder).seed((step, done, total) => {
    if (process.stdout.isTTY) process.stdout.write(`\r${step}: ${done}/${total}${done === total ? '\n' : ''}`);
    else if (done === total || done % 10 === 0) process.stdout.write(`${step}: ${done}/${total}\n`);
  });
  process.stdout.write(
    `seeded ${result.organizations} organisations, ${result.listings} listings, ${result.requirements} requirements, ${result.programs} program, ${result.gradeProposals} grade proposal, ${result.investmentRecords} investment records` +
      (result.organizations === 0 ? ' (the demo market was already there)' : '') +
      `\ndemo accounts: <key>@demo.magmatch.example and ${DEMO_MODERATOR_EMAIL}, password ${DEMO_PASSWORD}\n`,
  );
} finally {
  await app.close();
}
