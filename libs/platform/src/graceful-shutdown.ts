import { Server } from 'node:net';
import { Logger, type INestApplication } from '@nestjs/common';

/**
 * How long connections accepted just before the signal get to deliver their request once no new ones are
 * accepted. The HTTP server's own close ends every connection without a request in progress at once, and a
 * request still on its way over such a connection would be cut off.
 */
const ACCEPTED_CONNECTION_GRACE_MS = 300;

/**
 * On SIGTERM or SIGINT: stops accepting connections, lets requests in flight finish, closes the application
 * (the worker finishes or hands back its jobs, connections close) and exits with 0; a second signal exits
 * at once.
 */
export function exitGracefullyOnSignals(app: INestApplication): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    logger.log({ signal }, 'stopping');
    stopAccepting(app)
      .then(() => app.close())
      .then(
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

/** Closes the listening socket only (the plain TCP close, which leaves accepted connections alone). */
async function stopAccepting(app: INestApplication): Promise<void> {
  const server: unknown = app.getHttpServer();
  if (!(server instanceof Server) || !server.listening) return;
  Server.prototype.close.call(server);
  await new Promise((resolve) => setTimeout(resolve, ACCEPTED_CONNECTION_GRACE_MS));
}
