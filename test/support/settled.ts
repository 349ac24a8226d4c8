import { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import type { TestApp } from './test-app.js';
import { waitFor } from './wait-for.js';

/**
 * Waits until the app has nothing left to do: the outbox relayed, no job waiting or running, and no
 * delivery pending (delayed reminders may stay). Each stage hands over to the next before it finishes,
 * so there is no moment where all three look idle while work remains.
 */
export async function settled(app: TestApp, timeoutMs = 20_000): Promise<void> {
  const dataSource = app.app.get(DataSource);
  const queue = app.app.get<JobQueue>(JOB_QUEUE);
  await waitFor('the app to settle', async () => {
    const [{ outbox, pending }] = await dataSource.query(
      `SELECT (SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL)::int AS outbox,
              (SELECT count(*) FROM notification_deliveries WHERE state = 'PENDING')::int AS pending`,
    );
    if (outbox > 0 || pending > 0) return false;
    return (await queue.counts()).every((count) => count.waiting === 0 && count.active === 0);
  }, timeoutMs);
}
