import 'reflect-metadata';
import { bootConfig } from '@magmatch/config';

// The configuration is checked before the worker's modules load, so a mistake in it is reported at once.
const { config, jwtSecret } = await bootConfig();
if (config.database.engine === 'pglite') {
  process.stderr.write(
    'MagMatch cannot start: DATABASE_URL: the worker needs a shared database; in embedded mode `npm start` runs it inside the API process\n',
  );
  process.exit(1);
}
const { startWorker } = await import('./start-worker.js');
await startWorker(config, jwtSecret);
