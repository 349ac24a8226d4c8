import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { describeEngines, type AppConfig } from '@magmatch/config';
import { exitGracefullyOnSignals } from '@magmatch/platform';
import { WorkerModule } from './worker.module.js';

/** Starts the worker (job processors, the outbox relay and a `/health` port) on a checked configuration. */
export async function startWorker(config: AppConfig, jwtSecret: string): Promise<void> {
  const app = await NestFactory.create(WorkerModule.forRoot(config, jwtSecret), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  exitGracefullyOnSignals(app);
  await app.listen(config.workerHealthPort);
  new Logger('Bootstrap').log({ engines: describeEngines(config), healthPort: config.workerHealthPort }, 'MagMatch worker ready');
}
