import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@magmatch/core';
import { AccessTokens } from '@magmatch/identity';
import { applyHttpEdge, mountGraphqlIde } from '@magmatch/platform';
import { ApiModule } from './api.module.js';

/**
 * The largest request body accepted. Generous on purpose: an oversized field still reaches validation
 * and gets an error naming it; the body limit only stops abuse.
 */
const MAX_BODY = '12mb';

/** Builds the API application as production runs it; tests call this too. */
export async function createApiApp(config: AppConfig, jwtSecret: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, jwtSecret), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: MAX_BODY });
  app.useLogger(app.get(Logger));
  const tokens = app.get(AccessTokens);
  applyHttpEdge(app, config, async (authorization) => (await tokens.viewerOf(authorization).catch(() => null))?.userId ?? null);
  mountGraphqlIde(app);
  return app;
}
