import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { CertificationsService } from '@magmatch/identity';
import { hardConstraintFailures, MatchingEngine, type ListingMatch } from '@magmatch/matching';
import { ListingReads } from '@magmatch/listings';
import { ListingSearch } from '@magmatch/marketplace-search';
import { requirementContent, RequirementEntity, RequirementState, type RequirementDraft } from '@magmatch/requirements';
import { DemoMarketSeeder } from '../../seeds/demo-market.seeder.js';
import { engineProfilesToCompare, TestApp, type EngineProfile } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

interface Case {
  readonly name: string;
  readonly draft: RequirementDraft;
  /** What the best listing must be; null when nothing may match. */
  readonly best: ((match: ListingMatch) => boolean) | null;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const base = { city: 'Hefei', neededBy: inDays(90) };
const titled = (text: string) => (match: ListingMatch) => match.listing.title.includes(text);
const grade = (...codes: string[]) => (match: ListingMatch) => codes.includes(match.listing.grade ?? '');

/** Requirements written from shared/design/domain.md, against the 78 listings of the demo market. */
const CASES: Case[] = [
  { name: 'seat frames', draft: { ...base, title: 'Seat frames', scenario: 'AUTO_SEAT_FRAME', quantityTonnesPerMonth: 80, requiredCertifications: ['IATF16949'] }, best: titled('座椅骨架') },
  { name: 'seat frames, asked in Chinese only', draft: { ...base, title: '汽车座椅骨架 压铸 月需求200吨', quantityTonnesPerMonth: 200 }, best: titled('座椅骨架') },
  { name: 'instrument-panel beams', draft: { ...base, title: 'IP beams', scenario: 'AUTO_IP_BEAM', quantityTonnesPerMonth: 60, requiredCertifications: ['IATF16949'] }, best: grade('AM60B') },
  { name: 'steering-wheel armatures', draft: { ...base, title: 'Steering wheels', scenario: 'AUTO_STEERING_WHEEL', quantityTonnesPerMonth: 30, requiredCertifications: ['IATF16949'] }, best: titled('方向盘') },
  { name: 'body structure', draft: { ...base, title: 'Body castings', scenario: 'AUTO_BODY_STRUCTURE', quantityTonnesPerMonth: 50, requiredCertifications: ['IATF16949'] }, best: grade('AM50A', 'AE44') },
  { name: 'warm powertrain', draft: { ...base, title: 'Gearbox housings', scenario: 'AUTO_POWERTRAIN_WARM', quantityTonnesPerMonth: 30, requiredCertifications: ['IATF16949'] }, best: grade('AE44', 'AS41') },
  { name: '3C housings', draft: { ...base, title: 'Laptop housings', scenario: 'HOUSING_3C', form: 'DIE_CASTING', quantityTonnesPerMonth: 20, requiredCertifications: ['ROHS'] }, best: titled('笔记本外壳') },
  { name: 'power-tool housings', draft: { ...base, title: 'Tool housings', scenario: 'HOUSING_POWER_TOOL', form: 'DIE_CASTING', quantityTonnesPerMonth: 45, requiredCertifications: ['ROHS'] }, best: grade('AZ91D') },
  { name: 'building formwork', draft: { ...base, title: 'Formwork', scenario: 'BUILDING_FORMWORK', quantityTonnesPerMonth: 900 }, best: titled('建筑模板') },
  { name: 'e-bike frames', draft: { ...base, title: 'Frame tubes', scenario: 'EBIKE_FRAME', quantityTonnesPerMonth: 100 }, best: grade('AZ61A', 'ZK60A', 'AZ31B') },
  { name: 'e-bike wheels', draft: { ...base, title: 'Wheels', scenario: 'EBIKE_WHEEL', form: 'WHEEL', quantityTonnesPerMonth: 90 }, best: titled('轮毂') },
  { name: 'PV frames', draft: { ...base, title: 'PV frames', scenario: 'PV_STORAGE_FRAME', quantityTonnesPerMonth: 500 }, best: titled('光伏') },
  { name: 'pure magnesium', draft: { ...base, title: 'Pure Mg', acceptableGrades: ['Mg99.90'], form: 'INGOT', quantityTonnesPerMonth: 1000, maxPriceCnyPerTonne: 17_000 }, best: grade('Mg99.90') },
  { name: 'AZ91D ingot by its EN name', draft: { ...base, title: 'Ingot', acceptableGrades: ['EN-MC21120'], form: 'INGOT', quantityTonnesPerMonth: 300, maxPriceCnyPerTonne: 19_000 }, best: grade('AZ91D') },
  { name: 'high-strength profiles', draft: { ...base, title: 'Profiles', acceptableGrades: ['ZK60A', 'AZ80A'], minTensileStrengthMpa: 290, quantityTonnesPerMonth: 40 }, best: grade('ZK60A', 'AZ80A') },
  { name: 'phone sheet', draft: { ...base, title: 'Sheet', acceptableGrades: ['AZ31B'], form: 'SHEET', quantityTonnesPerMonth: 15 }, best: grade('AZ31B') },
  {
    name: 'AZ91D ingot to high-purity limits: the composition decides between two AZ91D ingots',
    draft: { ...base, title: 'High-purity AZ91D ingot', acceptableGrades: ['AZ91D'], form: 'INGOT', composition: [{ element: 'Fe', maxPct: 0.004 }, { element: 'Ni', maxPct: 0.001 }], quantityTonnesPerMonth: 300 },
    best: (match) => match.listing.title.startsWith('AZ91D 合金锭'),
  },
  {
    name: 'primary ingot by its GB/T 3499 name, Mg ≥ 99.90 % and Ni ≤ 0.002 %',
    draft: { ...base, title: 'Mg ingot', acceptableGrades: ['GB/T 3499 Mg9990'], form: 'INGOT', composition: [{ element: 'Mg', minPct: 99.9 }, { element: 'Ni', maxPct: 0.002 }], quantityTonnesPerMonth: 1000 },
    best: grade('Mg99.90'),
  },
  {
    name: 'reduction slag for cement raw meal: only the by-product is offered',
    draft: { ...base, title: 'Slag for raw meal', materialClass: 'BY_PRODUCT', composition: [{ element: 'CaO', minPct: 40 }], quantityTonnesPerMonth: 5_000 },
    best: (match) => match.listing.materialClass === 'BY_PRODUCT',
  },
  {
    name: 'clean AM-family returns: Type I only',
    draft: { ...base, title: 'Clean returns', materialClass: 'SCRAP', scrapClasses: ['TYPE_I'], acceptableGrades: ['AM60B'], quantityTonnesPerMonth: 100 },
    best: (match) => match.listing.scrap?.scrapClass === 'TYPE_I' && match.listing.scrap.alloyFamily === 'AM',
  },
  {
    name: 'AZ-family scrap of any class: chips included, mixed alloys not',
    draft: { ...base, title: 'AZ scrap for remelting', materialClass: 'SCRAP', acceptableGrades: ['AZ91D'], quantityTonnesPerMonth: 100 },
    best: (match) => match.listing.scrap?.alloyFamily === 'AZ',
  },
  { name: 'nothing fits: WE43 castings', draft: { ...base, title: 'Aerospace', acceptableGrades: ['WE43'], quantityTonnesPerMonth: 10 }, best: null },
];

const requirementOf = (draft: RequirementDraft, index: number): RequirementEntity =>
  Object.assign(new RequirementEntity(), requirementContent(draft), {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    state: RequirementState.OPEN,
  });

const topFive = new Map<EngineProfile, string[][]>();

for (const profile of engineProfilesToCompare()) {
  describe(`matching the demo market on the ${profile} engines`, () => {
    let app: TestApp;
    let engine: MatchingEngine;

    beforeAll(async () => {
      app = await TestApp.start(profile);
      await app.app.get(DemoMarketSeeder).seed(() => undefined);
      const search = app.app.get(ListingSearch);
      await waitFor('the index to hold the 78 listings', async () => (await search.search({ limit: 1 })).total === 78, 30_000);
      engine = app.app.get(MatchingEngine);
    });

    afterAll(async () => {
      await app.close();
    });

    /** The listing a search finds first, as the database holds it (what matching reads). */
    const firstFound = async (query: string) => (await app.app.get(ListingReads).byId((await app.app.get(ListingSearch).search({ query, limit: 1 })).listings[0]!.id))!;

    it.each(CASES.map((testCase, index) => ({ ...testCase, index })))('$name', async ({ draft, best, index }) => {
      const requirement = requirementOf(draft, index);
      const matches = await engine.forRequirement(requirement, 20);
      const certificates = await app.app.get(CertificationsService).byOrganizations(matches.map((match) => match.listing.supplierId));
      matches.forEach((match, position) => {
        expect(hardConstraintFailures(requirement, match.listing, certificates[position]!, new Date().toISOString().slice(0, 10))).toEqual([]);
        expect(match.score).toBeGreaterThan(0);
        expect(match.score).toBeLessThanOrEqual(1);
      });
      if (best === null) {
        expect(matches).toEqual([]);
      } else {
        expect(matches.length).toBeGreaterThan(0);
        expect(best(matches[0]!)).toBe(true);
      }
      const five = matches.slice(0, 5).map((match) => match.listing.title);
      topFive.set(profile, [...(topFive.get(profile) ?? []), five]);
    });

    it('shows a seat-frame buyer the castings that narrowly miss, and that the 8 % came from the template', async () => {
      const requirement = requirementOf({ ...base, title: 'Seat frames', scenario: 'AUTO_SEAT_FRAME', quantityTonnesPerMonth: 10 }, 98);
      const misses = await engine.nearMissesFor(requirement, 50);
      expect(misses.length).toBeGreaterThan(0);
      expect(misses.every(({ failed }) => failed.length >= 1 && failed.length <= 2)).toBe(true);
      expect(misses.map(({ score }) => score)).toEqual([...misses.map(({ score }) => score)].sort((a, b) => b - a));
      // The AM60B instrument-panel beams are tested at 7 %: one constraint short, and it was the template's.
      const beam = misses.find(({ listing }) => listing.title.startsWith('AM60B 仪表盘支架'));
      expect(beam?.failed).toEqual(['elongation 7 % (tested) < required 8 % (from the seat frame template, not the buyer)']);
      expect((await engine.forRequirement(requirement, 60)).map((match) => match.listing.id)).not.toContain(beam!.listing.id);
    });

    it('shows a supplier the open requirements its listing narrowly misses, and why', async () => {
      const beam = await firstFound('AM60B 仪表盘支架');
      const misses = await engine.nearMissesOf(beam, 20);
      expect(misses.length).toBeGreaterThan(0);
      expect(misses.every(({ requirement, failed }) => requirement.state === RequirementState.OPEN && failed.length >= 1 && failed.length <= 2)).toBe(true);
    });

    it('never matches AZ91D (elongation 3 %) to a seat-frame requirement asking for 8 %', async () => {
      const matches = await engine.forRequirement(requirementOf({ ...base, title: 'Seat frames', scenario: 'AUTO_SEAT_FRAME', quantityTonnesPerMonth: 10 }, 99), 60);
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.some((match) => match.listing.grade === 'AZ91D')).toBe(false);
    });

    it('never offers a by-product or scrap to a metal buyer, nor chips or mixed scrap to a buyer of clean returns, and says why', async () => {
      const caseOf = (prefix: string) => {
        const index = CASES.findIndex((candidate) => candidate.name.startsWith(prefix));
        return requirementOf(CASES[index]!.draft, index);
      };
      const pureMagnesium = caseOf('pure magnesium');
      const ingotMatches = await engine.forRequirement(pureMagnesium, 60);
      expect(ingotMatches.length).toBeGreaterThan(0);
      expect(new Set(ingotMatches.map((match) => match.listing.materialClass))).toEqual(new Set(['PRIMARY_MAGNESIUM']));
      const slag = await firstFound('还原渣');
      const day = new Date().toISOString().slice(0, 10);
      expect(hardConstraintFailures(pureMagnesium, slag, [], day)).toContain('a by-product (slag, dross, flux residue) does not serve a requirement for primary magnesium');

      const cleanReturns = caseOf('clean AM-family returns');
      const scrapMatches = await engine.forRequirement(cleanReturns, 60);
      expect(scrapMatches.every((match) => match.listing.scrap?.scrapClass === 'TYPE_I')).toBe(true);
      const [chips, mixed] = [await firstFound('切屑'), await firstFound('混合涂装')];
      expect(hardConstraintFailures(cleanReturns, chips, [], day)).toEqual(
        expect.arrayContaining(['scrap Type IV, chips and fines is not what the requirement accepts (Type I, clean returns)', 'AZ-family scrap, and the requirement asks for the AM family']),
      );
      expect(hardConstraintFailures(cleanReturns, mixed, [], day)).toContain('mixed-alloy scrap, and the requirement asks for the AM family');
      const [top] = scrapMatches;
      expect(top!.reasons[0]!.detail).toBe('scrap Type I, clean returns, AM family, sorted');
      expect(JSON.stringify(top!.reasons)).not.toMatch(/MPa/);
    });

    it("never offers an organisation that buys and sells its own material: the recycler's returns go to others", async () => {
      const requirements = app.app.get(DataSource).getRepository(RequirementEntity);
      const recyclerWants = await requirements.findOneByOrFail({ title: '清洁压铸回炉料 / clean die-cast returns, AM family' });
      const matches = await engine.forRequirement(recyclerWants, 60);
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.filter((match) => match.listing.supplierId === recyclerWants.buyerId)).toEqual([]);
      const ownHit = (await app.app.get(ListingSearch).search({ query: '压铸回炉料', limit: 20 })).listings.find((listing) => listing.supplierId === recyclerWants.buyerId);
      const own = ownHit && (await app.app.get(ListingReads).byId(ownHit.id));
      expect(hardConstraintFailures(recyclerWants, own!, [], new Date().toISOString().slice(0, 10))).toContain("the listing is the buyer's own");
    });

    it('drops the recycled AZ91D ingot from a high-purity requirement and says why: the grade guarantees Fe ≤ 0.005 % only', async () => {
      const testCase = CASES.findIndex((candidate) => candidate.name.startsWith('AZ91D ingot to high-purity limits'));
      const requirement = requirementOf(CASES[testCase]!.draft, testCase);
      const recycled = await firstFound('再生 AZ91D');
      expect(recycled!.title).toContain('再生 AZ91D 合金锭');
      const failures = hardConstraintFailures(requirement, recycled!, [], new Date().toISOString().slice(0, 10));
      expect(failures).toEqual(expect.arrayContaining(['Fe ≤ 0.005 % guaranteed, required ≤ 0.004 %', 'Ni ≤ 0.002 % guaranteed, required ≤ 0.001 %']));
      const [top] = await engine.forRequirement(requirement, 1);
      expect(top!.reasons[0]!.detail).toBe('composition guaranteed: Fe ≤ 0.004 % (listing), Ni ≤ 0.001 % (listing)');
    });

    it('explains every criterion, says when a typical value stood in, and never reveals the budget', async () => {
      const [top] = await engine.forRequirement(requirementOf(CASES[0]!.draft, 0), 1);
      expect(top!.reasons.map((reason) => reason.criterion)).toEqual([
        'properties', 'applicationFit', 'capacity', 'price', 'leadTime', 'distance', 'verification', 'responsiveness', 'sustainability',
      ]);
      expect(top!.reasons[0]!.detail).toMatch(/elongation \d+ % ≥ required 8 %/);
      const [ingot] = await engine.forRequirement(requirementOf({ ...base, title: 'Ingot', acceptableGrades: ['AM60B'], form: 'INGOT', minElongationPct: 5, quantityTonnesPerMonth: 10, maxPriceCnyPerTonne: 20_000 }, 98), 1);
      expect(ingot!.reasons[0]!.detail).toContain('typical value, not a guaranteed minimum');
      expect(JSON.stringify(ingot!.reasons)).not.toContain('20000');
    });

    it('finds, from a listing, the open requirements it can serve', async () => {
      const [seatFrameHit] = (await app.app.get(ListingSearch).search({ query: '座椅骨架', materialClasses: ['ALLOY'], limit: 1 })).listings;
      const seatFrame = await app.app.get(ListingReads).byId(seatFrameHit!.id);
      const matches = await engine.forListing(seatFrame!, 10);
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.every((match) => match.requirement.state === RequirementState.OPEN)).toBe(true);
      expect(matches.map((match) => match.requirement.scenario)).toContain('AUTO_SEAT_FRAME');
    });
  });
}

it('gives the same top five for every requirement on both engines', () => {
  const profiles = [...topFive.keys()];
  if (profiles.length < 2) return; // only the embedded engines ran; CI runs both and compares
  expect(topFive.get('real')).toEqual(topFive.get('embedded'));
  expect(topFive.get('real')).toHaveLength(CASES.length);
});
