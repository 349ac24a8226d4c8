import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@magmatch/core';
import { createApiApp } from '../../apps/api/src/create-api-app.js';
import { isolatedDatabase, onlyRealEngines } from './test-database.js';
import { realEngineUrl, uniqueName } from './real-engines.js';

/** `embedded`: PGlite, the database queue, in-process search. `real`: PostgreSQL, BullMQ on Redis, Meilisearch. */
export type EngineProfile = 'embedded' | 'real';

/** The embedded profile always; the real one too when all three real engines are configured. */
export function engineProfilesUnderTest(): EngineProfile[] {
  const profiles = engineProfilesToCompare();
  return onlyRealEngines() && profiles.includes('real') ? ['real'] : profiles;
}

/** Both engine sets whenever the real engines are there, whatever `MAGMATCH_TEST_ONLY_REAL_ENGINES` says: for suites that compare them. */
export function engineProfilesToCompare(): EngineProfile[] {
  const real = realEngineUrl('postgres') && realEngineUrl('redis') && realEngineUrl('meilisearch');
  return real ? ['embedded', 'real'] : ['embedded'];
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Anything that answers GraphQL operations: the in-process {@link TestApp} or a running API process. */
export interface GraphqlClient {
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
}

/** A file sent in place of a GraphQL variable of type `Upload`. */
export class UploadFile {
  constructor(
    readonly fileName: string,
    readonly content: Buffer,
  ) {}
}

/** The API application built exactly as `npm start` builds it, on its own database, queue and index names. */
export class TestApp implements GraphqlClient {
  private constructor(
    readonly app: NestExpressApplication,
    readonly config: AppConfig,
    private readonly dispose: () => Promise<void>,
  ) {}

  static async start(profile: EngineProfile, env: Record<string, string> = {}): Promise<TestApp> {
    const database = await isolatedDatabase(profile === 'embedded' ? 'pglite' : 'postgres');
    const names = uniqueName();
    const config = loadConfig({
      DATA_DIR: database.dataDir,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      NODE_ENV: 'test',
      // Suites send hundreds of requests a minute from one address; the rate-limit suite sets its own.
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: '1000000',
      ...(profile === 'real'
        ? {
            DATABASE_URL: realEngineUrl('postgres')!,
            DATABASE_SCHEMA: database.config.schema,
            REDIS_URL: realEngineUrl('redis')!,
            QUEUE_PREFIX: names,
            MEILI_URL: realEngineUrl('meilisearch')!,
            MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '',
            SEARCH_INDEX_PREFIX: names,
          }
        : {}),
      ...env,
    });
    const app = await createApiApp(config, 'test-secret-that-is-long-enough-for-hs256-signing');
    await app.init();
    return new TestApp(app, config, () => database.dispose());
  }

  /**
   * Posts one GraphQL operation; `token` is sent as a bearer token. Variables that are an {@link UploadFile}
   * travel as files of a GraphQL multipart request, as a browser sends them.
   */
  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphqlResponse<T>> {
    const files = Object.entries(variables).filter((entry): entry is [string, UploadFile] => entry[1] instanceof UploadFile);
    const call = request(this.app.getHttpServer()).post('/graphql');
    if (files.length === 0) {
      call.send({ query, variables });
    } else {
      call
        .set('apollo-require-preflight', 'true')
        .field('operations', JSON.stringify({ query, variables: { ...variables, ...Object.fromEntries(files.map(([name]) => [name, null])) } }))
        .field('map', JSON.stringify(Object.fromEntries(files.map(([name], index) => [String(index), [`variables.${name}`]]))));
      files.forEach(([, file], index) => call.attach(String(index), file.content, file.fileName));
    }
    if (token) call.set('authorization', `Bearer ${token}`);
    const response = await call;
    return { status: response.status, body: response.body as GraphqlResponse<T>['body'] };
  }

  /** Listens on a free loopback port (for WebSocket clients); returns the GraphQL WebSocket URL. */
  async listen(): Promise<string> {
    await this.app.listen(0, '127.0.0.1');
    const { port } = this.app.getHttpServer().address() as { port: number };
    return `ws://127.0.0.1:${port}/graphql`;
  }

  http() {
    return request(this.app.getHttpServer());
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.dispose();
  }
}
