import 'reflect-metadata';
import { bootConfig } from '@magmatch/config';

const startedAt = performance.now();
// The configuration is checked before the application's modules load (about a second), so a mistake in
// it is reported at once.
const { config, jwtSecret } = await bootConfig();
const { startApi } = await import('./start-api.js');
await startApi(config, jwtSecret, startedAt);
