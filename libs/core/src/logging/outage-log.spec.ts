import { describe, expect, it } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import { OutageLog } from './outage-log.js';

describe('OutageLog', () => {
  it('warns at the first failure of an outage only, and says when it ends', () => {
    const lines: [string, unknown, string][] = [];
    const logger = { warn: (data: unknown, message: string) => lines.push(['warn', data, message]), log: (data: unknown, message: string) => lines.push(['log', data, message]) };
    const outage = new OutageLog(logger as unknown as Logger, 'Redis (job queue)');
    const error = new Error('connect ECONNREFUSED');
    for (let attempt = 0; attempt < 50; attempt += 1) outage.failed(error);
    expect(outage.failures).toBe(50);
    outage.succeeded();
    outage.succeeded();
    outage.failed(error);
    expect(lines).toEqual([
      ['warn', { err: error }, 'Redis (job queue): failing; retrying quietly until it answers'],
      ['log', { failures: 50 }, 'Redis (job queue): answering again'],
      ['warn', { err: error }, 'Redis (job queue): failing; retrying quietly until it answers'],
    ]);
  });
});
