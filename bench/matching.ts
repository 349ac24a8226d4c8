import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { Viewer } from '@magmatch/core';
import { ListingsService } from '@magmatch/listings';
import { ListingSearch } from '@magmatch/marketplace-search';
import { MatchingEngine } from '@magmatch/matching';
import { requirementContent, RequirementEntity, RequirementState } from '@magmatch/requirements';
import { DemoMarketSeeder } from '../seeds/demo-market.seeder.js';
import { demoListings } from '../seeds/demo-market.js';
import { enginesToMeasure, log, percentile, report, startBenchApp, type Engines } from './bench-app.js';

/**
 * Matching latency and index lag on each engine set: N listings (bulk-inserted from the demo product
 * lines with varied capacity and price), then matchesForRequirement-equivalent calls and approval-to-search
 * lag. Usage: npm run bench:matching -- [listings=10000] [samples=50]
 */
const LISTINGS = Number(process.argv[2] ?? 10_000);
const SAMPLES = Number(process.argv[3] ?? 50);

const SCENARIOS = ['AUTO_SEAT_FRAME', 'AUTO_IP_BEAM', 'HOUSING_3C', 'BUILDING_FORMWORK', 'EBIKE_FRAME', 'PV_STORAGE_FRAME', 'AUTO_POWERTRAIN_WARM'];

interface Figures {
  engines: string;
  listings: number;
  reindexMs: number;
  matchP50Ms: number;
  matchP95Ms: number;
  indexLagP50Ms: number;
  indexLagP95Ms: number;
}

async function run(engines: Engines): Promise<Figures> {
  const { app, close } = await startBenchApp(engines);
  try {
    log(`[${engines}] seeding the demo organisations…`);
    await app.get(DemoMarketSeeder).seed(() => undefined);
    const dataSource = app.get(DataSource);
    log(`[${engines}] inserting ${LISTINGS} listings…`);
    await bulkListings(dataSource, LISTINGS);
    const search = app.get(ListingSearch);
    const started = performance.now();
    await search.reindex((done, total) => done % 5000 < 500 && log(`[${engines}] indexed ${done}/${total}`));
    const reindexMs = Math.round(performance.now() - started);

    const engine = app.get(MatchingEngine);
    const timings: number[] = [];
    for (let i = 0; i < SAMPLES + 10; i += 1) {
      const requirement = Object.assign(
        new RequirementEntity(),
        requirementContent({ title: 'bench', scenario: SCENARIOS[i % SCENARIOS.length], quantityTonnesPerMonth: 20 + (i % 5) * 40, city: 'Hefei' }),
        { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, state: RequirementState.OPEN },
      );
      const t0 = performance.now();
      await engine.forRequirement(requirement, 20);
      if (i >= 10) timings.push(performance.now() - t0);
    }

    const lags = await indexLag(app.get(ListingsService), dataSource, search, Math.min(SAMPLES, 50));
    return {
      engines,
      listings: LISTINGS,
      reindexMs,
      matchP50Ms: percentile(timings, 50),
      matchP95Ms: percentile(timings, 95),
      indexLagP50Ms: percentile(lags, 50),
      indexLagP95Ms: percentile(lags, 95),
    };
  } finally {
    await close();
  }
}

/** Copies the demo product lines N times with varied capacity and price, published, in batches. */
async function bulkListings(dataSource: DataSource, count: number): Promise<void> {
  const suppliers: { id: string; user: string; key: string }[] = await dataSource.query(
    `SELECT o.id, u.id AS user, split_part(u.email, '@', 1) AS key FROM organizations o JOIN users u ON u.organization_id = o.id WHERE o.type = 'SUPPLIER'`,
  );
  const products = demoListings();
  for (let offset = 0; offset < count; offset += 1000) {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (let i = offset; i < Math.min(count, offset + 1000); i += 1) {
      const { supplierKey, draft } = products[i % products.length]!;
      const supplier = suppliers.find((candidate) => candidate.key === supplierKey)!;
      const factor = 0.5 + ((i * 7919) % 100) / 50;
      const p = draft.properties;
      values.push(supplier.id, supplier.user, `${draft.title} #${i}`, draft.grade,
        draft.form, p.tensileStrengthMpa ?? null, p.yieldStrengthMpa ?? null, p.elongationPct ?? null, p.basis,
        Math.round(draft.monthlyCapacityTonnes * factor), Math.round((draft.priceMinCnyPerTonne ?? 20_000) * factor),
        draft.certifications ?? [], draft.scenarios ?? [], draft.city ?? null, draft.leadTimeDays ?? 30);
      const n = rows.length * 15;
      rows.push(`(${Array.from({ length: 15 }, (_, k) => `$${n + k + 1}`).join(', ')}, 'PUBLISHED', now())`);
    }
    await dataSource.query(
      `INSERT INTO listings (supplier_id, created_by, title, grade, form, tensile_strength_mpa, yield_strength_mpa, elongation_pct,
         property_basis, monthly_capacity_tonnes, price_min_cny_per_tonne, certifications, scenarios, city, lead_time_days, state, published_at)
       VALUES ${rows.join(', ')}`,
      values,
    );
  }
}

/** Time from a moderator's approval to the listing answering a search, over `count` approvals. */
async function indexLag(listings: ListingsService, dataSource: DataSource, search: ListingSearch, count: number): Promise<number[]> {
  const [supplier] = await dataSource.query(`SELECT u.id AS user, u.organization_id AS org FROM users u WHERE u.role = 'SUPPLIER' LIMIT 1`);
  const [moderator] = await dataSource.query(`SELECT id FROM users WHERE role = 'MODERATOR' LIMIT 1`);
  const supplierViewer: Viewer = { userId: supplier.user, role: 'SUPPLIER', organizationId: supplier.org };
  const moderatorViewer: Viewer = { userId: moderator.id, role: 'MODERATOR', organizationId: null };
  const lags: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const token = `lagprobe${i}x${Date.now().toString(36)}`;
    const listing = await listings.create(supplierViewer, {
      title: `AZ91D ingot ${token}`, grade: 'AZ91D', form: 'INGOT', monthlyCapacityTonnes: 10,
      properties: { basis: 'TYPICAL' as never },
    });
    await listings.submit(supplierViewer, listing.id);
    const approvedAt = performance.now();
    await listings.moderate(moderatorViewer, listing.id, 'APPROVE', null);
    while ((await search.search({ query: token, limit: 1 })).total === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    lags.push(performance.now() - approvedAt);
  }
  return lags;
}

const results: Figures[] = [];
for (const engines of enginesToMeasure(['DATABASE_URL', 'REDIS_URL', 'MEILI_URL'])) results.push(await run(engines));
await report('matching', results);
process.exit(0);
