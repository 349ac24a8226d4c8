import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { SEARCH_ENGINE, type SearchEngine } from '@magmatch/core';
import { LISTINGS_INDEX, ListingSearch } from '@magmatch/marketplace-search';
import { MatchStore } from '@magmatch/matching';
import { freePort } from '../test/support/global-setup.js';
import { benchEnvironment, enginesToMeasure, log, median, percentile, progressPrinter, ready, start, startBenchApp, type Bench, type Engines } from './bench-app.js';
import { generateMarket } from './market-generator.js';

const CONNECTIONS = 2 * cpus().length;
const ROUNDS = 3;
const MODERATOR = { email: 'moderator@bench.example', password: 'bench-moderator-password' };
const SEARCH = { query: 'AM60B', grades: ['AM60B', 'AM50A'], forms: ['DIE_CASTING' as const], minElongationPct: 6, limit: 20 };

interface Target {
  readonly name: string;
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string>;
}

/**
 * What MagMatch adds on top of its engines: requests/s and latency (autocannon, 2 connections per core,
 * 3 interleaved rounds) of a bare Apollo Server's constant query, the same query on MagMatch, searchListings
 * with a query and filters, and matchesForRequirement; next to the search engine called directly with the
 * same search, serially and at the same concurrency as the API (and, on Meilisearch, its own
 * processingTimeMs). Also the API's start-up time to ready and its resident memory idle and under load (and
 * the worker's, on the real engines).
 */
export const apiBench: Bench = {
  name: 'api',
  about: 'API overhead over bare Apollo and the engines, Meilisearch round trip, footprint',
  async run({ smoke }) {
    const rows: object[] = [];
    for (const engines of enginesToMeasure(['DATABASE_URL', 'REDIS_URL', 'MEILI_URL'])) {
      rows.push(await measure(engines, smoke ? 300 : engines === 'real' ? 100_000 : 10_000, smoke ? 1 : 7));
    }
    return rows;
  },
};

async function measure(engines: Engines, listings: number, roundSeconds: number) {
  const environment = await benchEnvironment(engines);
  const prefix = `[api ${engines} ${listings}]`;
  const processes: ChildProcess[] = [];
  try {
    const direct = await prepare(environment, listings, prefix, roundSeconds);
    const env = {
      ...environment.env,
      BOOTSTRAP_MODERATOR_EMAIL: MODERATOR.email,
      BOOTSTRAP_MODERATOR_PASSWORD: MODERATOR.password,
      API_RUNS_WORKER: engines === 'embedded' ? 'true' : 'false',
      // The load generator is one address and one account: the limits would measure themselves.
      RATE_LIMIT_PER_MINUTE: String(1e9),
      RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: String(1e9),
    };
    const [apiPort, baselinePort, workerPort] = [await freePort(), await freePort(), await freePort()];
    const startedAt = performance.now();
    const api = start('dist/apps/api/src/main.js', { ...env, PORT: String(apiPort) }, processes);
    await ready(`http://127.0.0.1:${apiPort}/ready`);
    const startupMs = Math.round(performance.now() - startedAt);
    const worker = engines === 'real' ? start('dist/apps/worker/src/main.js', { ...env, WORKER_HEALTH_PORT: String(workerPort) }, processes) : null;
    if (worker) await ready(`http://127.0.0.1:${workerPort}/ready`);
    start('dist/bench/baseline-apollo.js', { PORT: String(baselinePort) }, processes);
    await ready(`http://127.0.0.1:${baselinePort}/`, 'POST');
    const idleApiMb = await rssMb(api.pid!);
    const idleWorkerMb = worker ? await rssMb(worker.pid!) : null;

    const token = await signIn(apiPort);
    // BENCH_ONLY=<target name> narrows the run to one target, to profile it (with BENCH_PROFILE_DIR).
    const targets = targetsOf(apiPort, baselinePort, token, direct.requirementId).filter((target) => !process.env.BENCH_ONLY || target.name === process.env.BENCH_ONLY);
    for (const target of targets) await check(target);
    const results = new Map<string, autocannon.Result[]>(targets.map((target) => [target.name, []]));
    let peakApiMb = idleApiMb;
    let peakWorkerMb = idleWorkerMb;
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const target of targets) {
        log(`${prefix} round ${round}/${ROUNDS}: ${target.name}`);
        const sampling = setInterval(async () => {
          peakApiMb = Math.max(peakApiMb, await rssMb(api.pid!));
          if (worker && peakWorkerMb !== null) peakWorkerMb = Math.max(peakWorkerMb, await rssMb(worker.pid!));
        }, 500);
        const result = await autocannon({ url: target.url, method: 'POST', body: target.body, headers: target.headers, connections: CONNECTIONS, duration: roundSeconds });
        clearInterval(sampling);
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.name}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
        results.get(target.name)!.push(result);
      }
    }
    const rps = (name: string) => median(results.get(name)!.map((result) => result.requests.average));
    const latency = (name: string, key: 'p50' | 'p99') => median(results.get(name)!.map((result) => result.latency[key]));
    if (process.env.BENCH_ONLY) return { engines, listings, only: process.env.BENCH_ONLY, rps: rps(process.env.BENCH_ONLY), p50Ms: latency(process.env.BENCH_ONLY, 'p50') };
    const bare = rps('bare Apollo constant');
    return {
      engines,
      listings,
      bareApolloRps: bare,
      magmatchConstantRps: rps('MagMatch constant'),
      frameworkTax: Math.round((rps('MagMatch constant') / bare) * 100) / 100,
      searchRps: rps('searchListings'),
      searchVsBare: Math.round((rps('searchListings') / bare) * 100) / 100,
      searchP50Ms: latency('searchListings', 'p50'),
      searchP99Ms: latency('searchListings', 'p99'),
      matchesRps: rps('matchesForRequirement'),
      matchesP50Ms: latency('matchesForRequirement', 'p50'),
      matchesP99Ms: latency('matchesForRequirement', 'p99'),
      directSearchP50Ms: direct.p50,
      directSearchP95Ms: direct.p95,
      engineRpsAtSameConcurrency: direct.underLoad.rps,
      engineP50MsAtSameConcurrency: direct.underLoad.p50,
      searchVsEngineRps: Math.round((rps('searchListings') / direct.underLoad.rps) * 100) / 100,
      apiOverEngineAtP50: Math.round((latency('searchListings', 'p50') / direct.underLoad.p50) * 100) / 100,
      meiliEngineP50Ms: direct.engineP50,
      startupToReadyMs: startupMs,
      apiRssIdleMb: idleApiMb,
      apiRssPeakMb: peakApiMb,
      workerRssIdleMb: idleWorkerMb,
      workerRssPeakMb: peakWorkerMb,
    };
  } finally {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(processes.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    await environment.dispose();
  }
}

/** Generates and indexes the market, times the engine called directly, and picks a requirement with matches. */
async function prepare(environment: Awaited<ReturnType<typeof benchEnvironment>>, listings: number, prefix: string, roundSeconds: number) {
  const bench = await startBenchApp(environment);
  try {
    const progress = progressPrinter(prefix);
    const dataSource = bench.app.get(DataSource);
    await generateMarket(dataSource, listings, progress);
    await bench.app.get(ListingSearch).reindex((done, total) => progress('indexed', done, total));
    const [{ id: requirementId }] = await dataSource.query(`SELECT id FROM requirements WHERE state = 'OPEN' AND scenario = 'AUTO_SEAT_FRAME' ORDER BY id LIMIT 1`);
    // Bulk-inserted requirements had no RequirementChanged event: store this one's matches as its handler would.
    await bench.app.get(MatchStore).onRequirementChanged({ id: 'bench', name: 'bench', payload: { requirementId }, attempt: 1, idempotencyKey: 'bench' });
    const engine = bench.app.get<SearchEngine>(SEARCH_ENGINE);
    const request = { query: SEARCH.query, scope: [{ field: 'state', op: 'in' as const, values: ['PUBLISHED'] }], filter: [
      { field: 'grade', op: 'in' as const, values: SEARCH.grades }, { field: 'form', op: 'in' as const, values: SEARCH.forms },
      { field: 'elongation', op: 'gte' as const, value: SEARCH.minElongationPct }], facets: ['grade', 'form', 'city', 'certifications'], limit: 20 };
    const timings: number[] = [];
    const engineTimes: number[] = [];
    for (let i = 0; i < 220; i += 1) {
      const started = performance.now();
      await engine.search(LISTINGS_INDEX.name, request);
      if (i >= 20) timings.push(performance.now() - started);
      if (environment.engines === 'real' && i >= 20 && i % 4 === 0) engineTimes.push(await meiliProcessingTime(bench.config.search));
    }
    const underLoad = await searchUnderLoad(engine, request, roundSeconds);
    log(`${prefix} engine alone at ${CONNECTIONS} concurrent searches: ${underLoad.rps} searches/s, p50 ${underLoad.p50} ms`);
    return { requirementId, p50: percentile(timings, 50), p95: percentile(timings, 95), engineP50: engineTimes.length ? median(engineTimes) : null, underLoad };
  } finally {
    await bench.close();
  }
}

/**
 * The engine's own throughput and latency at the API's concurrency: CONNECTIONS loops calling the search port
 * with the same search for `seconds` (for Meilisearch through its client, as the API calls it; the embedded
 * engine answers in this process, as it does in the API's).
 */
async function searchUnderLoad(engine: SearchEngine, request: Parameters<SearchEngine['search']>[1], seconds: number) {
  const latencies: number[] = [];
  const endsAt = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < endsAt) {
        const started = performance.now();
        await engine.search(LISTINGS_INDEX.name, request);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { rps: Math.round(latencies.length / seconds), p50: Math.round(percentile(latencies, 50) * 10) / 10, p99: Math.round(percentile(latencies, 99) * 10) / 10 };
}

/** Meilisearch's own `processingTimeMs` for the same search, asked without compression. */
async function meiliProcessingTime(search: { engine: string; url?: string; apiKey?: string; indexPrefix: string }): Promise<number> {
  if (search.engine !== 'meilisearch') return 0;
  const response = await fetch(`${search.url}/indexes/${search.indexPrefix}_${LISTINGS_INDEX.name}/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${search.apiKey}`, 'accept-encoding': 'identity' },
    body: JSON.stringify({ q: SEARCH.query, filter: [`state IN ["PUBLISHED"]`, `grade IN ["AM60B","AM50A"]`, `form IN ["DIE_CASTING"]`, `elongation >= ${SEARCH.minElongationPct}`], facets: ['grade', 'form', 'city', 'certifications'], limit: 20 }),
  });
  return ((await response.json()) as { processingTimeMs: number }).processingTimeMs;
}

function targetsOf(apiPort: number, baselinePort: number, token: string, requirementId: string): Target[] {
  const json = { 'content-type': 'application/json' };
  const constant = JSON.stringify({ query: '{ alloyGrades { code family designations } }' });
  return [
    { name: 'bare Apollo constant', url: `http://127.0.0.1:${baselinePort}/`, body: constant, headers: json },
    { name: 'MagMatch constant', url: `http://127.0.0.1:${apiPort}/graphql`, body: constant, headers: json },
    {
      name: 'searchListings',
      url: `http://127.0.0.1:${apiPort}/graphql`,
      body: JSON.stringify({
        query: 'query($input: ListingSearchInput!) { searchListings(input: $input) { totalHits hits { id title grade { code } supplier { name city } } facets { field values { value count } } } }',
        variables: { input: SEARCH },
      }),
      headers: json,
    },
    {
      name: 'matchesForRequirement',
      url: `http://127.0.0.1:${apiPort}/graphql`,
      body: JSON.stringify({ query: 'query($id: ID!) { matchesForRequirement(requirementId: $id) { id score reasons { criterion detail } listing { id title } } }', variables: { id: requirementId } }),
      headers: { ...json, authorization: `Bearer ${token}` },
    },
  ];
}

/** One request first: it must answer 200 with data and no errors, or the benchmark would time error pages. */
async function check(target: Target): Promise<void> {
  const response = await fetch(target.url, { method: 'POST', body: target.body, headers: target.headers });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  const size = JSON.stringify(body).length;
  if (response.status !== 200 || body.errors || !body.data) throw new Error(`${target.name} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  const empty = Object.values(body.data).some((value) => Array.isArray(value) ? value.length === 0 : (value as { totalHits?: number }).totalHits === 0);
  if (empty) throw new Error(`${target.name} returned nothing to measure`);
  log(`  ${target.name}: 200, ${size} bytes`);
}

async function signIn(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: MODERATOR.email, p: MODERATOR.password } }),
  });
  return ((await response.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
