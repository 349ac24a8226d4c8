import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { AppConfig } from '@magmatch/core';
import { GraphQLErrorFilter, HealthApiModule, InputValidationPipe, PlatformModule, graphqlOptions } from '@magmatch/platform';
import { DemoMarketModule } from '../../../seeds/demo-market.seeder.js';
import { API_MODULES } from './api-modules.js';
import { QueueDashboardModule } from './queue-dashboard.module.js';

/** The GraphQL server: every domain module with its resolvers; in embedded mode also the worker's duties. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, jwtSecret: string): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(config, jwtSecret, { consumeJobs: config.apiRunsWorker }),
        GraphQLModule.forRoot(graphqlOptions(config)),
        HealthApiModule,
        ...API_MODULES,
        DemoMarketModule,
        QueueDashboardModule.forRoot(config),
      ],
      providers: [
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
        { provide: APP_PIPE, useClass: InputValidationPipe },
      ],
    };
  }
}
