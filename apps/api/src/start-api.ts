import { Logger } from '@nestjs/common';
import { describeEngines, type AppConfig } from '@magmatch/config';
import { exitGracefullyOnSignals } from '@magmatch/platform';
import { DemoMarketSeeder } from '../../../seeds/demo-market.seeder.js';
import { createApiApp } from './create-api-app.js';

/** Starts the API on a checked configuration; an empty embedded database gets the demo market first. */
export async function startApi(config: AppConfig, jwtSecret: string, startedAt: number): Promise<void> {
  const app = await createApiApp(config, jwtSecret);
  exitGracefullyOnSignals(app);
  const bootstrap = new Logger('Bootstrap');
  // Modules initialise (the catalogue loads its tables) before the seeder uses them, not at listen().
  await app.init();
  if (config.database.engine === 'pglite' && (await app.get(DemoMarketSeeder).isEmpty())) {
    bootstrap.log('empty embedded database: loading the demo market (npm run seed does the same on any database)');
    const seeded = await app.get(DemoMarketSeeder).seed((step, done, total) => {
      if (done === total) bootstrap.log({ step, done }, 'demo market');
    });
    bootstrap.log(seeded, 'demo market loaded; sign in as moderator@demo.magmatch.example / magmatch-demo-2026');
  }
  await app.listen(config.port);
  bootstrap.log(
    {
      engines: describeEngines(config),
      worker: config.apiRunsWorker ? 'in this process' : 'separate',
      console: `http://localhost:${config.port}/`,
      url: `http://localhost:${config.port}/graphql`,
      ...(config.nodeEnv === 'production' ? {} : { ide: `http://localhost:${config.port}/ide` }),
      startupMs: Math.round(performance.now() - startedAt),
    },
    'MagMatch API ready',
  );
}
