import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import { JobHandler, defineJob } from '@magmatch/messaging';
import { QuotesService } from './quotes.service.js';

/** Ends open quotes whose validity has passed (EXPIRED), telling both sides. */
export const ExpireOverdueQuotes = defineJob<Record<string, never>>('quotes.expire-overdue', { queue: 'maintenance', attempts: 3, concurrency: 1 });

const EVERY_HOUR = 60 * 60 * 1000;

@Injectable()
export class QuoteExpiry implements OnApplicationBootstrap {
  private readonly logger = new Logger(QuoteExpiry.name);

  constructor(
    private readonly quotes: QuotesService,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  /** One schedule however many processes start: scheduling again under the same key replaces it. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(ExpireOverdueQuotes, {}, { key: ExpireOverdueQuotes.name, everyMs: EVERY_HOUR });
  }

  @JobHandler(ExpireOverdueQuotes)
  async expireOverdue(): Promise<void> {
    const expired = await this.quotes.expireOverdue();
    if (expired > 0) this.logger.log({ expired }, 'quotes past their validity expired');
  }
}
