import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { HealthService } from './health.service.js';

/** `/health`: the process is alive. `/ready`: every engine it depends on answers (503 otherwise). */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly system: HealthService,
  ) {}

  @Get('health')
  @HealthCheck()
  liveness() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  readiness() {
    const status = this.system.check();
    const indicator =
      (part: 'database' | 'queue' | 'search') => async (): Promise<HealthIndicatorResult> => {
        const { engine, up } = (await status)[part];
        const session = this.indicators.check(part);
        return up ? session.up({ engine }) : session.down({ engine });
      };
    return this.health.check([indicator('database'), indicator('queue'), indicator('search')]);
  }
}
