import { Logger, type INestApplication } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT, closes the application (in-flight requests finish, the worker finishes or hands
 * back its jobs, connections close) and exits with 0; a second signal exits at once.
 */
export function exitGracefullyOnSignals(app: INestApplication): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    logger.log({ signal }, 'stopping');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
