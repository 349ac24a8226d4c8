import { Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig, DatabaseConfig } from '@magmatch/core';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { MIGRATIONS } from './migrations/index.js';

/** The embedded server when the database is PGlite; absent for PostgreSQL. */
export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');

/** Stops the embedded server after TypeORM has closed its pool. */
class EmbeddedPostgresLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly server: EmbeddedPostgres | null,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.server) return;
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource.isInitialized) await dataSource.destroy();
    await this.server.stop();
  }
}

/** The one embedded server of the process (or null), shared by TypeORM and its lifecycle. */
@Module({})
class EmbeddedPostgresModule {
  static forRoot(database: DatabaseConfig): DynamicModule {
    const server = {
      provide: EMBEDDED_POSTGRES,
      useFactory: () => (database.engine === 'pglite' ? EmbeddedPostgres.start(database.dataDir) : null),
    };
    const lifecycle = {
      provide: EmbeddedPostgresLifecycle,
      inject: [EMBEDDED_POSTGRES, ModuleRef],
      useFactory: (embedded: EmbeddedPostgres | null, moduleRef: ModuleRef) =>
        new EmbeddedPostgresLifecycle(embedded, moduleRef),
    };
    return { module: EmbeddedPostgresModule, providers: [server, lifecycle], exports: [EMBEDDED_POSTGRES] };
  }
}

/**
 * TypeORM on PostgreSQL (`DATABASE_URL`) or on embedded PGlite, with the same entities and migrations.
 * Domain modules register their entities with `TypeOrmModule.forFeature`.
 */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    const embedded = EmbeddedPostgresModule.forRoot(config.database);
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        embedded,
        TypeOrmModule.forRootAsync({
          imports: [embedded],
          inject: [EMBEDDED_POSTGRES],
          useFactory: (server: EmbeddedPostgres | null) => ({
            ...dataSourceOptions(config.database, server?.url),
            autoLoadEntities: true,
            retryAttempts: server ? 0 : 3,
          }),
          dataSourceFactory: (options) => openDataSource(options!, config.migrationsRun),
        }),
      ],
      exports: [embedded],
    };
  }
}

/** Connection options shared by the application, the migration CLI and tests. */
export function dataSourceOptions(database: DatabaseConfig, embeddedUrl?: string): DataSourceOptions {
  const url = database.engine === 'postgres' ? database.url : embeddedUrl;
  if (!url) throw new Error('the embedded database must be started before connecting to it');
  const embedded = database.engine === 'pglite';
  return {
    type: 'postgres',
    url,
    schema: database.schema,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    installExtensions: false,
    extra: {
      max: embedded ? EmbeddedPostgres.maxConnections : 10,
      connectionTimeoutMillis: 10_000,
      // Unqualified names in hand-written SQL resolve to the configured schema.
      options: `-c search_path=${database.schema}`,
    },
  };
}

/** Connects, makes sure the schema exists, then applies pending migrations when asked to. */
export async function openDataSource(options: DataSourceOptions, runMigrations: boolean): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  try {
    if (options.type === 'postgres' && options.schema) {
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    }
    if (runMigrations) await dataSource.runMigrations({ transaction: 'each' });
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
