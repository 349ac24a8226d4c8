import type { DataSource } from 'typeorm';
import { ALLOY_GRADES, cardFromSingleValues, CITY_COORDINATES, SCENARIOS } from '@magmatch/catalog';
import { creditCodeCheckCharacter } from '@magmatch/identity';
import { requirementContent } from '@magmatch/requirements';
import type { Price } from '@magmatch/trade';

export interface GeneratedMarket {
  readonly organizations: number;
  readonly listings: number;
  readonly requirements: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
}

export type GeneratorProgress = (what: string, done: number, total: number) => void;

const CITIES = Object.keys(CITY_COORDINATES);
const CHUNK = 2_000;

/** A small seeded generator (mulberry32): the same seed gives the same market on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min: number, max: number) => min + next() * (max - min),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * A realistic market at scale from the reference catalogue: suppliers and buyers across Anhui's cities,
 * `listings` published listings (a scenario's usual grade and form, typical properties ± 10 %, capacity,
 * price, certifications) and a tenth as many open requirements built with the same `requirementContent`
 * the API uses. Bulk-inserted (one statement per 2,000 rows); the search index is rebuilt by the caller.
 */
export async function generateMarket(dataSource: DataSource, listings: number, progress: GeneratorProgress, seed = 2026): Promise<GeneratedMarket> {
  const started = performance.now();
  const rng = random(seed);
  const supplierCount = Math.max(5, Math.ceil(listings / 50));
  const buyerCount = Math.max(5, Math.ceil(listings / 50));
  const requirementCount = Math.max(1, Math.round(listings / 10));

  const organizations = [
    ...Array.from({ length: supplierCount }, (_, i) => ({ type: 'SUPPLIER', name: `镁业 Supplier ${seed}-${i}`, city: rng.pick(CITIES) })),
    ...Array.from({ length: buyerCount }, (_, i) => ({ type: 'BUYER', name: `主机厂 Buyer ${seed}-${i}`, city: rng.pick(CITIES) })),
  ].map((organization, i) => {
    const body = `9134${String(seed % 100).padStart(2, '0')}00MA${String(i).padStart(7, '0')}`;
    return { ...organization, credit_code: body + creditCodeCheckCharacter(body), email: `bench-${seed}-${i}@bench.example` };
  });
  const created: { id: string; type: string; city: string; user_id: string }[] = [];
  for (let offset = 0; offset < organizations.length; offset += CHUNK) {
    const rows = await dataSource.query(
      `WITH o AS (
         INSERT INTO organizations (name, type, capabilities, credit_code, city, business_type, verification_level)
         SELECT name, type, CASE type WHEN 'SUPPLIER' THEN ARRAY['SELL'] ELSE ARRAY['BUY'] END, credit_code, city, 'manufacturer', 'REVIEWED' FROM jsonb_to_recordset($1::jsonb) AS r(name text, type text, credit_code text, city text)
         RETURNING id, type, city, credit_code)
       , u AS (
         INSERT INTO users (email, password_hash, role, organization_id)
         SELECT r.email, 'bench-no-login', o.type, o.id FROM o JOIN jsonb_to_recordset($1::jsonb) AS r(credit_code text, email text) USING (credit_code)
         RETURNING id, organization_id)
       SELECT o.id, o.type, o.city, u.id AS user_id FROM o JOIN u ON u.organization_id = o.id`,
      [JSON.stringify(organizations.slice(offset, offset + CHUNK))],
    );
    created.push(...rows);
    progress('organisations', created.length, organizations.length);
  }
  const suppliers = created.filter((organization) => organization.type === 'SUPPLIER');
  const buyers = created.filter((organization) => organization.type === 'BUYER');

  for (let offset = 0; offset < listings; offset += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, listings - offset) }, (_, k) => listingRow(offset + k, rng, rng.pick(suppliers)));
    await dataSource.query(
      `INSERT INTO listings (supplier_id, created_by, title, material_class, grade, form, card, monthly_capacity_tonnes, price_from, price_to, lead_time_days, certifications,
         scenarios, city, recycled_content_pct, carbon_footprint_kg_co2e_per_kg, state, published_at)
       SELECT supplier_id, created_by, title, material_class, grade, form, card, capacity, price_from, price_to, lead_time,
         certifications, scenarios, city, recycled, carbon, 'PUBLISHED', now()
       FROM jsonb_to_recordset($1::jsonb) AS r(supplier_id uuid, created_by uuid, title text, material_class text, grade text, form text, card jsonb, capacity float8, price_from jsonb, price_to jsonb, lead_time int,
         certifications text[], scenarios text[], city text, recycled float8, carbon float8)`,
      [JSON.stringify(rows)],
    );
    progress('listings', offset + rows.length, listings);
  }

  for (let offset = 0; offset < requirementCount; offset += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, requirementCount - offset) }, (_, k) => requirementRow(offset + k, rng, rng.pick(buyers)));
    await dataSource.query(
      `INSERT INTO requirements (buyer_id, created_by, title, material_class, scenario, acceptable_grades, form, min_tensile_strength_mpa,
         min_yield_strength_mpa, min_elongation_pct, quantity_tonnes_per_month, needed_by, city, required_certifications,
         max_price, visibility, state, opened_at)
       SELECT buyer_id, created_by, title, material_class, scenario, acceptable_grades, form, min_tensile, min_yield, min_elongation, quantity,
         needed_by, city, required_certifications, max_price, visibility, 'OPEN', now()
       FROM jsonb_to_recordset($1::jsonb) AS r(buyer_id uuid, created_by uuid, title text, material_class text, scenario text, acceptable_grades text[],
         form text, min_tensile float8, min_yield float8, min_elongation float8, quantity float8, needed_by date, city text,
         required_certifications text[], max_price jsonb, visibility text)`,
      [JSON.stringify(rows)],
    );
    progress('requirements', offset + rows.length, requirementCount);
  }
  const seconds = (performance.now() - started) / 1000;
  const rowsTotal = created.length * 2 + listings + requirementCount;
  return { organizations: created.length, listings, requirements: requirementCount, seconds: Math.round(seconds * 10) / 10, rowsPerSecond: Math.round(rowsTotal / seconds) };
}

/** A domestic list price: CNY per tonne, VAT included, ex works at the supplier's city, cash. */
const exWorks = (amount: number, city: string): Price => ({ amount, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place: city, paymentTerms: 'CASH_TT' });

function listingRow(i: number, rng: ReturnType<typeof random>, supplier: { id: string; user_id: string; city: string }) {
  const scenario = rng.pick(SCENARIOS);
  const grade = ALLOY_GRADES.find((candidate) => candidate.code === rng.pick(scenario.usualGrades)) ?? rng.pick(ALLOY_GRADES);
  const vary = (value: number | null) => (value === null ? null : Math.round(value * rng.between(0.92, 1.1)));
  const price = Math.round(rng.between(18_000, 40_000) / 100) * 100;
  return {
    supplier_id: supplier.id,
    created_by: supplier.user_id,
    title: `${grade.code} ${scenario.nameZh} ${scenario.name} #${i}`,
    material_class: grade.materialClass,
    grade: grade.code,
    form: rng.pick(scenario.usualForms.length ? scenario.usualForms : ['INGOT']),
    card: cardFromSingleValues(
      { tensileStrengthMpa: vary(grade.typical.tensileStrengthMpa), yieldStrengthMpa: vary(grade.typical.yieldStrengthMpa), elongationPct: vary(grade.typical.elongationPct) },
      rng.pick(['TYPICAL', 'SPEC_MINIMUM', 'TESTED'] as const),
      'GB/T 228.1',
    ),
    capacity: Math.round(rng.between(20, 500)),
    price_from: exWorks(price, supplier.city),
    price_to: exWorks(price + 2_000, supplier.city),
    lead_time: Math.round(rng.between(10, 60)),
    certifications: scenario.usualCertifications.filter(() => rng.next() < 0.8),
    scenarios: [scenario.code],
    city: supplier.city,
    recycled: Math.round(rng.between(0, 50)),
    carbon: Math.round(rng.between(5, 25) * 10) / 10,
  };
}

function requirementRow(i: number, rng: ReturnType<typeof random>, buyer: { id: string; user_id: string; city: string }) {
  const scenario = rng.pick(SCENARIOS);
  const neededBy = new Date(Date.now() + rng.between(30, 300) * 86_400_000).toISOString().slice(0, 10);
  const content = requirementContent({
    title: `${scenario.name} programme #${i}`,
    scenario: scenario.code,
    quantityTonnesPerMonth: Math.round(rng.between(5, 150)),
    city: buyer.city,
    neededBy,
    maxPrice: { amount: Math.round(rng.between(25_000, 45_000)), currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'DAP', place: buyer.city },
  });
  return {
    buyer_id: buyer.id,
    created_by: buyer.user_id,
    title: content.title,
    material_class: content.materialClass,
    scenario: content.scenario,
    acceptable_grades: content.acceptableGrades,
    form: content.form,
    min_tensile: content.minTensileStrengthMpa,
    min_yield: content.minYieldStrengthMpa,
    min_elongation: content.minElongationPct,
    quantity: content.quantityTonnesPerMonth,
    needed_by: content.neededBy,
    city: content.city,
    required_certifications: content.requiredCertifications,
    max_price: content.maxPrice,
    visibility: rng.pick(['PUBLIC', 'ANONYMOUS']),
  };
}
