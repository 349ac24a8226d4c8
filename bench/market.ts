import { DataSource } from 'typeorm';
import { SEARCH_ENGINE, type SearchDocument, type SearchEngine, type Viewer } from '@magmatch/core';
import { ModeratorBootstrap, OrganizationsService } from '@magmatch/identity';
import { ListingEntity, ListingsService, ReviewState } from '@magmatch/listings';
import { LISTINGS_INDEX, ListingSearch, listingDocument } from '@magmatch/marketplace-search';
import { MatchingEngine } from '@magmatch/matching';
import { MarketMonitor, MarketSnapshots } from '@magmatch/monitoring';
import { RequirementEntity, RequirementState } from '@magmatch/requirements';
import { ReferenceData } from '@magmatch/trade';
import { benchEnvironment, enginesToMeasure, log, percentile, progressPrinter, startBenchApp, type Bench, type Engines } from './bench-app.js';
import { generateMarket } from './market-generator.js';

const WARM_UP = 10;

interface MarketFigures {
  engines: Engines;
  listings: number;
  generatedRowsPerSecond: number;
  reindexSeconds: number;
  directImportSeconds: number;
  reindexVsDirect: number;
  matchP50Ms: number;
  matchP95Ms: number;
  indexLagP50Ms: number | null;
  indexLagP95Ms: number | null;
  snapshotSeconds: number;
  overviewP50Ms: number;
  overviewP95Ms: number;
}

/**
 * The market at 1k, 10k and 100k listings on each engine set: generator throughput, a full reindex (with
 * the swap) next to a direct bulk import of the same documents (in calls of 20,000), `matchesForRequirement`'s engine call at
 * p50/p95 and its growth per 10× listings, and (at 10k) the lag from approval to search over 200 approvals.
 */
export const marketBench: Bench = {
  name: 'market',
  about: 'data generator, reindex vs direct import, matching latency and scaling, index lag',
  async run({ smoke }) {
    const scales = smoke ? [300] : [1_000, 10_000, 100_000];
    const samples = smoke ? 5 : 50;
    const rows: MarketFigures[] = [];
    for (const engines of enginesToMeasure(['DATABASE_URL', 'REDIS_URL', 'MEILI_URL'])) {
      for (const listings of scales) rows.push(await measure(engines, listings, samples, listings === 10_000 || smoke ? (smoke ? 5 : 200) : 0));
    }
    const growth = (engines: Engines) => {
      const at = (n: number) => rows.find((row) => row.engines === engines && row.listings === n)?.matchP95Ms;
      const small = at(scales[0]!);
      const large = at(scales.at(-1)!);
      return small && large ? Math.round((large / small) * 100) / 100 : null;
    };
    return [...rows, ...(['embedded', 'real'] as const).filter((e) => rows.some((r) => r.engines === e)).map((engines) => ({ engines, p95GrowthLargestVsSmallest: growth(engines) }))];
  },
};

async function measure(engines: Engines, listings: number, samples: number, lagApprovals: number): Promise<MarketFigures> {
  const environment = await benchEnvironment(engines);
  const bench = await startBenchApp(environment);
  const prefix = `[${engines} ${listings}]`;
  const progress = progressPrinter(prefix);
  try {
    const dataSource = bench.app.get(DataSource);
    const generated = await generateMarket(dataSource, listings, progress);
    log(`${prefix} generated ${generated.rowsPerSecond} rows/s; reindexing…`);
    const search = bench.app.get(ListingSearch);
    let started = performance.now();
    await search.reindex((done, total) => progress('indexed', done, total));
    const reindexSeconds = (performance.now() - started) / 1000;
    const directImportSeconds = await directImport(bench.app.get<SearchEngine>(SEARCH_ENGINE), dataSource, bench.app.get(OrganizationsService), bench.app.get(ReferenceData));

    const engine = bench.app.get(MatchingEngine);
    const requirements = await dataSource.getRepository(RequirementEntity).find({ where: { state: RequirementState.OPEN }, take: samples + WARM_UP, order: { id: 'ASC' } });
    const timings: number[] = [];
    for (const [index, requirement] of requirements.entries()) {
      started = performance.now();
      await engine.forRequirement(requirement, 20);
      if (index >= WARM_UP || requirements.length <= WARM_UP) timings.push(performance.now() - started);
    }
    const monitoring = await overviewTimings(bench.app.get(MarketSnapshots), bench.app.get(MarketMonitor), samples);
    const lags = lagApprovals > 0 ? await indexLag(bench.app.get(ListingsService), bench.app.get(ModeratorBootstrap), dataSource, search, lagApprovals, progress) : [];
    return {
      engines,
      listings,
      generatedRowsPerSecond: generated.rowsPerSecond,
      reindexSeconds: Math.round(reindexSeconds * 10) / 10,
      directImportSeconds: Math.round(directImportSeconds * 10) / 10,
      reindexVsDirect: Math.round((directImportSeconds / reindexSeconds) * 100) / 100,
      matchP50Ms: percentile(timings, 50),
      matchP95Ms: percentile(timings, 95),
      indexLagP50Ms: lags.length ? percentile(lags, 50) : null,
      indexLagP95Ms: lags.length ? percentile(lags, 95) : null,
      ...monitoring,
    };
  } finally {
    await bench.close();
    await environment.dispose();
  }
}

/**
 * The monitoring overview as the association reads it: one snapshot taken (what the hourly job does, and a
 * read after 15 minutes), then `samples` overviews of the default 90 days after the warm-ups.
 */
async function overviewTimings(snapshots: MarketSnapshots, monitor: MarketMonitor, samples: number) {
  let started = performance.now();
  await snapshots.take();
  const snapshotSeconds = Math.round((performance.now() - started) / 100) / 10;
  const timings: number[] = [];
  for (let index = 0; index < samples + WARM_UP; index++) {
    started = performance.now();
    await monitor.overview({});
    if (index >= WARM_UP) timings.push(performance.now() - started);
  }
  return { snapshotSeconds, overviewP50Ms: percentile(timings, 50), overviewP95Ms: percentile(timings, 95) };
}

/** Documents per call of the direct import: 100k documents with their listings exceed Meilisearch's 100 MB payload limit in one. */
const DIRECT_CHUNK = 20_000;

/** The same documents, built beforehand, imported into a fresh index in a few concurrent calls: the engine's own speed. */
async function directImport(engine: SearchEngine, dataSource: DataSource, identity: OrganizationsService, reference: ReferenceData): Promise<number> {
  const listings = await dataSource.getRepository(ListingEntity).find({ where: { state: ReviewState.PUBLISHED } });
  const suppliers = new Map((await identity.organizationsByIds([...new Set(listings.map((l) => l.supplierId))])).map((o) => [o.id, o]));
  const prices = await reference.book();
  const documents: SearchDocument[] = listings.map((listing) => listingDocument(listing, suppliers.get(listing.supplierId) ?? null, prices));
  const spec = { ...LISTINGS_INDEX, name: `${LISTINGS_INDEX.name}_direct` };
  const started = performance.now();
  await engine.ensureIndex(spec);
  const chunks = Array.from({ length: Math.ceil(documents.length / DIRECT_CHUNK) }, (_, index) => documents.slice(index * DIRECT_CHUNK, (index + 1) * DIRECT_CHUNK));
  await Promise.all(chunks.map((chunk) => engine.upsert(spec.name, chunk)));
  return (performance.now() - started) / 1000;
}

/** Time from a moderator's approval to the listing answering a search, over `count` approvals. */
async function indexLag(
  listings: ListingsService,
  moderators: ModeratorBootstrap,
  dataSource: DataSource,
  search: ListingSearch,
  count: number,
  progress: ReturnType<typeof progressPrinter>,
): Promise<number[]> {
  const [supplier] = await dataSource.query(`SELECT u.id AS user, u.organization_id AS org FROM users u WHERE u.role = 'SUPPLIER' LIMIT 1`);
  await moderators.ensureModerator('moderator@bench.example', 'bench-moderator-password');
  const [moderator] = await dataSource.query(`SELECT id FROM users WHERE email = 'moderator@bench.example'`);
  const moderatorViewer: Viewer = { userId: moderator.id, role: 'MODERATOR', organizationId: null };
  const supplierViewer: Viewer = { userId: supplier.user, role: 'SUPPLIER', organizationId: supplier.org };
  const lags: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const token = `lagprobe${i}x${Date.now().toString(36)}`;
    const listing = await listings.create(supplierViewer, {
      title: `AZ91D ingot ${token}`,
      grade: 'AZ91D',
      form: 'INGOT',
      monthlyCapacityTonnes: 10,
      properties: { basis: 'TYPICAL' as never },
    });
    await listings.submit(supplierViewer, listing.id);
    const approvedAt = performance.now();
    await listings.moderate(moderatorViewer, listing.id, 'APPROVE', null);
    while ((await search.search({ query: token, limit: 1 })).total === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    lags.push(performance.now() - approvedAt);
    progress('approvals', i + 1, count);
  }
  return lags;
}
