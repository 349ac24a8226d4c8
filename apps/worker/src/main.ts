import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import { bootConfig, describeEngines, exitGracefullyOnSignals } from '@magmatch/platform';
import { WorkerModule } from './worker.module.js';

const { config, jwtSecret } = await bootConfig();
if (config.database.engine === 'pglite') {
  process.stderr.write(
    'MagMatch cannot start: DATABASE_URL: the worker needs a shared database; in embedded mode `npm start` runs it inside the API process\n',
  );
  process.exit(1);
}
const app = await NestFactory.create(WorkerModule.forRoot(config, jwtSecret), { bufferLogs: true });
app.useLogger(app.get(PinoLogger));
exitGracefullyOnSignals(app);
await app.listen(config.workerHealthPort);
new Logger('Bootstrap').log({ engines: describeEngines(config), healthPort: config.workerHealthPort }, 'MagMatch worker ready');
