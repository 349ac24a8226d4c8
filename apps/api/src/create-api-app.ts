import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@magmatch/core';
import { mountGraphqlIde } from '@magmatch/platform';
import { ApiModule } from './api.module.js';

/** Builds the API application as production runs it; tests call this too. */
export async function createApiApp(config: AppConfig, jwtSecret: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, jwtSecret), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  mountGraphqlIde(app);
  return app;
}
