import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import { JobHandler, defineJob } from '@magmatch/messaging';

/** Moves open requirements whose needed-by date has passed to EXPIRED. */
export const ExpireOverdueRequirements = defineJob<Record<string, never>>('requirements.expire-overdue', {
  queue: 'maintenance',
  attempts: 3,
  concurrency: 1,
});

const EVERY_HOUR = 60 * 60 * 1000;

@Injectable()
export class RequirementExpiry implements OnApplicationBootstrap {
  private readonly logger = new Logger(RequirementExpiry.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  /** One schedule however many processes start: scheduling again under the same key replaces it. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(ExpireOverdueRequirements, {}, { key: ExpireOverdueRequirements.name, everyMs: EVERY_HOUR });
  }

  /** Idempotent by construction: a requirement expires once, however often this runs. */
  @JobHandler(ExpireOverdueRequirements)
  async expireOverdue(): Promise<void> {
    const [, expired] = await this.dataSource.query(
      `UPDATE requirements SET state = 'EXPIRED', updated_at = now() WHERE state = 'OPEN' AND needed_by < current_date`,
    );
    if (expired > 0) this.logger.log({ expired }, 'requirements past their needed-by date expired');
  }
}
