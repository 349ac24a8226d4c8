import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@magmatch/core';
import { AccessTokens } from '@magmatch/identity';
import cookieParser from 'cookie-parser';
import { applyHttpEdge, mountGraphqlIde, mountWebConsole, readRequestBodies } from '@magmatch/platform';
import { MAX_EVIDENCE_BYTES } from '@magmatch/promotions';
import { ApiModule } from './api.module.js';

/** Builds the API application as production runs it; tests call this too. */
export async function createApiApp(config: AppConfig, jwtSecret: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, jwtSecret), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const tokens = app.get(AccessTokens);
  applyHttpEdge(app, config, async (authorization) => (await tokens.viewerOf(authorization).catch(() => null))?.userId ?? null);
  readRequestBodies(app, MAX_EVIDENCE_BYTES);
  app.use('/session', cookieParser());
  if (config.nodeEnv !== 'production') mountGraphqlIde(app);
  mountWebConsole(app);
  return app;
}
