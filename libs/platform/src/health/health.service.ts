import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, JOB_QUEUE, SEARCH_ENGINE, type AppConfig, type JobQueue, type SearchEngine } from '@magmatch/core';

export interface EngineStatus {
  readonly engine: string;
  readonly up: boolean;
}

export interface SystemHealth {
  readonly database: EngineStatus;
  readonly queue: EngineStatus;
  readonly search: EngineStatus;
}

/** Each engine behind a port, and whether it answers right now. */
@Injectable()
export class HealthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  async check(): Promise<SystemHealth> {
    const [database, queue, search] = await Promise.all([
      this.databaseUp(),
      this.queue.isHealthy(),
      this.search.isHealthy(),
    ]);
    return {
      database: { engine: this.config.database.engine, up: database },
      queue: { engine: this.queue.engine, up: queue },
      search: { engine: this.search.engine, up: search },
    };
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
