import cookieParser from 'cookie-parser';
import { Inject, Injectable, Module, type DynamicModule, type MiddlewareConsumer, type NestModule, type OnApplicationBootstrap } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response } from 'express';
import { JOB_QUEUE, type AppConfig, type JobQueue } from '@magmatch/core';
import { AccessTokens, IdentityModule, QUEUE_DASHBOARD_TOKEN_COOKIE } from '@magmatch/identity';
import { JobRegistry } from '@magmatch/messaging';
import type { BullMqJobQueue } from '@magmatch/queue';

export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';

/** Bull Board's Express router, filled with every queue a module of this process declares. */
@Injectable()
class QueueDashboard implements OnApplicationBootstrap {
  readonly server = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_ROUTE);
  private readonly board = createBullBoard({ queues: [], serverAdapter: this.server });

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly registry: JobRegistry,
    readonly tokens: AccessTokens,
  ) {}

  onApplicationBootstrap(): void {
    const names = [...new Set(this.registry.declaredJobs().map((job) => job.queue))].sort();
    this.board.replaceQueues(names.map((name) => new BullMQAdapter((this.queue as BullMqJobQueue).queue(name))));
  }
}

/**
 * Bull Board at `/admin/queues`, for moderators only, in BullMQ mode (the database queue has no such
 * dashboard; `queueStats` serves both). The access token comes as a bearer header or, for a browser,
 * in the `magmatch_access_token` cookie.
 *
 * Mounted here rather than with `@bull-board/nestjs`: that package is CommonJS and `require`s the
 * ESM-only NestJS 12, which Node 20 allows but Jest's ESM runtime does not, so no test could load the app.
 */
@Module({ imports: [IdentityModule], providers: [QueueDashboard] })
class BullBoardModule implements NestModule {
  constructor(private readonly dashboard: QueueDashboard) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser(), moderatorsOnly(this.dashboard.tokens), this.dashboard.server.getRouter()).forRoutes(QUEUE_DASHBOARD_ROUTE);
  }
}

@Module({})
export class QueueDashboardModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: QueueDashboardModule, imports: config.queue.engine === 'bullmq' ? [BullBoardModule] : [] };
  }
}

function moderatorsOnly(tokens: AccessTokens) {
  return async (request: Request, response: Response, next: NextFunction) => {
    const cookie = (request.cookies as Record<string, string> | undefined)?.[QUEUE_DASHBOARD_TOKEN_COOKIE];
    const authorization = request.headers.authorization ?? (cookie ? `Bearer ${cookie}` : undefined);
    const viewer = await tokens.viewerOf(authorization).catch(() => null);
    if (!viewer) return response.status(401).json({ error: 'Sign in as a moderator: send the access token as a bearer token or the magmatch_access_token cookie' });
    if (viewer.role !== 'MODERATOR') return response.status(403).json({ error: 'Only moderators may see the queues' });
    next();
  };
}
