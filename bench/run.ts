import { apiBench } from './api.js';
import { log, report, type Bench } from './bench-app.js';
import { fanOutBench } from './fan-out.js';
import { marketBench } from './market.js';
import { webBench } from './web.js';
import { meilisearchBinary, startMeilisearch, type MeilisearchServer } from '../test/support/global-setup.js';

/**
 * Runs the benchmarks: `npm run bench` (all), `npm run bench -- <name>…` (some), `--smoke` for tiny sizes
 * (CI checks that each script still works). The real engines are measured when DATABASE_URL and REDIS_URL
 * are set; Meilisearch is started from the devDependency's binary when MEILI_URL is not.
 */
const BENCHES: readonly Bench[] = [marketBench, apiBench, fanOutBench, webBench];

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !BENCHES.some((bench) => bench.name === name));
if (unknown.length > 0) {
  log(`unknown benchmark ${unknown.join(', ')}; there are:\n${BENCHES.map((bench) => `  ${bench.name} — ${bench.about}`).join('\n')}`);
  process.exit(2);
}

let meilisearch: MeilisearchServer | undefined;
if (process.env.DATABASE_URL && process.env.REDIS_URL && !process.env.MEILI_URL) {
  const binary = await meilisearchBinary();
  if (binary) {
    meilisearch = await startMeilisearch(binary);
    process.env.MEILI_URL = meilisearch.url;
    process.env.MEILI_MASTER_KEY = meilisearch.masterKey;
    log(`Meilisearch started from the devDependency at ${meilisearch.url}`);
  }
}

try {
  for (const bench of BENCHES.filter((candidate) => names.length === 0 || names.includes(candidate.name))) {
    log(`\n=== ${bench.name}${smoke ? ' (smoke)' : ''}: ${bench.about}`);
    const started = performance.now();
    const rows = await bench.run({ smoke });
    await report(smoke ? `${bench.name}-smoke` : bench.name, rows);
    log(`${bench.name} took ${Math.round((performance.now() - started) / 1000)} s`);
  }
} finally {
  await meilisearch?.stop();
}
process.exit(0);
