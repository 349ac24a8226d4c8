import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { bootConfig, describeEngines, exitGracefullyOnSignals } from '@magmatch/platform';
import { createApiApp } from './create-api-app.js';

const startedAt = performance.now();
const { config, jwtSecret } = await bootConfig();
const app = await createApiApp(config, jwtSecret);
exitGracefullyOnSignals(app);
await app.listen(config.port);
new Logger('Bootstrap').log(
  {
    engines: describeEngines(config),
    worker: config.apiRunsWorker ? 'in this process' : 'separate',
    url: `http://localhost:${config.port}/graphql`,
    ide: `http://localhost:${config.port}/ide`,
    startupMs: Math.round(performance.now() - startedAt),
  },
  'MagMatch API ready',
);
