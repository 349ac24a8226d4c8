import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import { MarketSnapshots, TakeMarketSnapshot } from '@magmatch/monitoring';
import { MODERATOR_ENV, firstMatchOf, openRequirement, publishListing, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { settled } from '../../../test/support/settled.js';
import { waitFor } from '../../../test/support/wait-for.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';

const CHIZHOU = 'Chizhou–Qingyang';
const HEFEI = 'Hefei–Chaohu';
/** A supplier whose name a spreadsheet would run as a formula: the CSV must defuse it, the workbook keep it as text. */
const FORMULA_NAME = '=HYPERLINK("http://evil.example","Chizhou Mg")';
const OVERVIEW = `from to cluster snapshotDay capacityByGrade { key label tonnesPerMonth count } capacityByCluster { key label tonnesPerMonth count }
  demandByScenario { key label tonnesPerMonth count } balance { key demandTonnesPerMonth capacityTonnesPerMonth unmatchedRequirements }
  funnel { step count } medianHoursToFirstMatch medianSupplierResponseHours
  slagUtilisation { offeredTonnes contractedTonnes ratePct } scrapRecycling { offeredTonnes contractedTonnes ratePct }`;
const EXW = (amount: number) => ({ amount, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place: 'Chizhou' });
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const codeAndField = (response: GraphqlResponse) => [response.body.errors?.[0]?.extensions?.code, response.body.errors?.[0]?.extensions?.field];

/**
 * The association's monitoring on a market built here: two suppliers in two clusters (die castings and slag in
 * Chizhou; scrap and ingot in Hefei), a seat-frame requirement quoted, awarded and first used, a slag
 * requirement whose match was accepted, and a WE43 requirement nobody can serve.
 */
for (const profile of engineProfilesUnderTest()) {
  describe(`industry monitoring on the ${profile} engines`, () => {
    let app: TestApp;
    let moderator: string;
    let chizhou: Account;
    let hefei: Account;
    let buyer: Account;
    let cement: Account;
    const listings: Record<string, string> = {};

    const overview = async (args = '', token = moderator) => {
      const response = await app.graphql<{ marketOverview: Record<string, unknown> }>(`{ marketOverview${args} { ${OVERVIEW} } }`, {}, token);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.marketOverview;
    };
    const quote = async (supplier: Account, matchId: string, amount: number, quantityTonnesPerMonth: number) => {
      const response = await app.graphql<{ submitQuote: { id: string } }>(
        `mutation($input: SubmitQuoteInput!) { submitQuote(input: $input) { id } }`,
        { input: { matchId, price: EXW(amount), quantityTonnesPerMonth, validUntil: day(14) } },
        supplier.token,
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.submitQuote.id;
    };

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      moderator = await signInModerator(app);
      chizhou = await signUp(app, 'SUPPLIER', 0, { organizationName: FORMULA_NAME, cluster: CHIZHOU });
      hefei = await signUp(app, 'SUPPLIER', 2, { organizationName: 'Chaohu Alloy', cluster: HEFEI });
      buyer = await signUp(app, 'BUYER', 1, { organizationName: 'Hefei Seats', cluster: HEFEI });
      cement = await signUp(app, 'BUYER', 3, { organizationName: 'Jiangnan Cement', cluster: CHIZHOU });
      const material = { temper: null, properties: null, certifications: [], scenarios: [], recycledContentPct: null, carbonFootprintKgCo2ePerKg: null };
      listings.seatFrames = await publishListing(app, chizhou.token, moderator);
      listings.slag = await publishListing(app, chizhou.token, moderator, {
        ...material, title: '镁渣 / Pidgeon reduction slag', titleEn: 'Pidgeon reduction slag', materialClass: 'BY_PRODUCT', form: 'SLAG', grade: null,
        byProduct: { kind: 'REDUCTION_SLAG', uses: ['cement raw meal'] }, monthlyCapacityTonnes: 1_000, priceMinCnyPerTonne: 30, priceMaxCnyPerTonne: 40,
      });
      listings.scrap = await publishListing(app, hefei.token, moderator, {
        ...material, title: 'AM60B runners (Type I)', titleEn: 'AM60B runners (Type I)', materialClass: 'SCRAP', form: 'SCRAP', grade: 'AM60B',
        scrap: { scrapClass: 'TYPE_I', sorted: true }, monthlyCapacityTonnes: 50, priceMinCnyPerTonne: 12_000, priceMaxCnyPerTonne: 13_000,
      });
      listings.ingot = await publishListing(app, hefei.token, moderator, { title: 'AZ91D ingot', titleEn: 'AZ91D ingot', grade: 'AZ91D', form: 'INGOT', temper: null, monthlyCapacityTonnes: 200, scenarios: ['HOUSING_3C'] });

      const seatFrames = await openRequirement(app, buyer.token, moderator, { acceptableGrades: ['AM60B'] });
      await openRequirement(app, buyer.token, moderator, { title: 'WE43 brackets', scenario: 'RAIL_AEROSPACE', acceptableGrades: ['WE43'], quantityTonnesPerMonth: 5, maxPriceCnyPerTonne: null });
      const slag = await openRequirement(app, cement.token, moderator, { title: '镁渣 水泥生料', scenario: null, materialClass: 'BY_PRODUCT', quantityTonnesPerMonth: 300, maxPriceCnyPerTonne: 60, visibility: 'PUBLIC' });

      const seatFrameMatch = await firstMatchOf(app, seatFrames, buyer.token);
      await app.graphql(`mutation($id: ID!) { endorseMatch(id: $id) { id } }`, { id: seatFrameMatch }, moderator);
      const quoteId = await quote(chizhou, seatFrameMatch, 25_000, 10);
      const award = await app.graphql<{ awardQuote: { id: string } }>(`mutation($id: ID!) { awardQuote(id: $id, months: 6) { id } }`, { id: quoteId }, buyer.token);
      const purchase = await app.graphql(`mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`, { input: { dealId: award.body.data!.awardQuote.id, firstUseAt: day(0) } }, buyer.token);
      expect(purchase.body.errors).toBeUndefined();

      const slagMatch = await firstMatchOf(app, slag, cement.token);
      await app.graphql(`mutation($id: ID!) { respondToMatch(id: $id, interested: true) { id } }`, { id: slagMatch }, chizhou.token);
      const accepted = await app.graphql(`mutation($id: ID!) { acceptMatch(id: $id) { id } }`, { id: slagMatch }, cement.token);
      expect(accepted.body.errors).toBeUndefined();
      // The hourly maintenance job takes today's snapshot now (on BullMQ its first run came at start-up, before this market).
      await app.app.get<JobQueue>(JOB_QUEUE).enqueue(TakeMarketSnapshot, {});
      await settled(app);
    });

    afterAll(async () => {
      await app.close();
    });

    it('adds up capacity, demand, their balance, the funnel and the slag and scrap put to use', async () => {
      const market = await overview();
      expect(market).toMatchObject({ from: day(-89), to: day(0), cluster: null, snapshotDay: day(0) });
      expect(market.capacityByGrade).toEqual([
        { key: 'reduction slag', label: 'reduction slag', tonnesPerMonth: 1_000, count: 1 },
        { key: 'AZ91D', label: 'AZ91D', tonnesPerMonth: 200, count: 1 },
        { key: 'AM60B', label: 'AM60B', tonnesPerMonth: 120, count: 1 },
        { key: 'AM scrap', label: 'AM scrap', tonnesPerMonth: 50, count: 1 },
      ]);
      expect(market.capacityByCluster).toEqual([
        { key: CHIZHOU, label: CHIZHOU, tonnesPerMonth: 1_120, count: 2 },
        { key: HEFEI, label: HEFEI, tonnesPerMonth: 250, count: 2 },
      ]);
      // The seat frames were awarded (no longer open); the slag requirement stays open after the accepted match.
      expect(market.demandByScenario).toEqual([
        { key: '', label: 'no scenario named', tonnesPerMonth: 300, count: 1 },
        { key: 'RAIL_AEROSPACE', label: expect.stringMatching(/aero/i), tonnesPerMonth: 5, count: 1 },
      ]);
      expect(market.balance).toEqual([
        { key: 'WE', demandTonnesPerMonth: 5, capacityTonnesPerMonth: 0, unmatchedRequirements: 1 },
        { key: 'any by-product', demandTonnesPerMonth: 300, capacityTonnesPerMonth: 700, unmatchedRequirements: 0 },
        { key: 'AM', demandTonnesPerMonth: 0, capacityTonnesPerMonth: 110, unmatchedRequirements: 0 },
        { key: 'AM scrap', demandTonnesPerMonth: 0, capacityTonnesPerMonth: 50, unmatchedRequirements: 0 },
        { key: 'AZ', demandTonnesPerMonth: 0, capacityTonnesPerMonth: 200, unmatchedRequirements: 0 },
        { key: 'reduction slag', demandTonnesPerMonth: 0, capacityTonnesPerMonth: 700, unmatchedRequirements: 0 },
      ]);
      expect(market.funnel).toEqual([
        { step: 'OPENED', count: 3 },
        { step: 'MATCHED', count: 2 },
        { step: 'ENDORSED', count: 1 },
        { step: 'QUOTED', count: 1 },
        { step: 'AWARDED', count: 1 },
        { step: 'PURCHASED', count: 1 },
        { step: 'FIRST_USED', count: 1 },
      ]);
      // Matching and answering took seconds here.
      expect(market.medianHoursToFirstMatch).toBe(0);
      expect(market.medianSupplierResponseHours).toBe(0);
      expect(market.slagUtilisation).toEqual({ offeredTonnes: 1_000, contractedTonnes: 300, ratePct: 30 });
      expect(market.scrapRecycling).toEqual({ offeredTonnes: 50, contractedTonnes: 0, ratePct: 0 });
    });

    it("shows one cluster's capacity where its suppliers sit and its demand where its buyers sit", async () => {
      const market = await overview(`(cluster: "${HEFEI}")`);
      expect(market.cluster).toBe(HEFEI);
      expect(market.capacityByGrade).toEqual([
        { key: 'AZ91D', label: 'AZ91D', tonnesPerMonth: 200, count: 1 },
        { key: 'AM scrap', label: 'AM scrap', tonnesPerMonth: 50, count: 1 },
      ]);
      expect(market.demandByScenario).toEqual([{ key: 'RAIL_AEROSPACE', label: expect.any(String), tonnesPerMonth: 5, count: 1 }]);
      expect((market.funnel as { step: string; count: number }[]).map(({ count }) => count)).toEqual([2, 1, 1, 1, 1, 1, 1]);
      expect(market.slagUtilisation).toEqual({ offeredTonnes: 0, contractedTonnes: 0, ratePct: null });
    });

    it('keeps history: a past day reads its own snapshot after the market moved on', async () => {
      const dataSource = app.app.get(DataSource);
      await app.app.get(MarketSnapshots).take();
      await dataSource.query(`UPDATE market_snapshots SET day = day - 1 WHERE day = $1::date`, [day(0)]);
      await app.graphql(`mutation($id: ID!) { archiveListing(id: $id) { id } }`, { id: listings.ingot }, hefei.token);
      await settled(app);
      const yesterday = await overview(`(to: "${day(-1)}")`);
      const today = await overview();
      expect(yesterday.snapshotDay).toBe(day(-1));
      expect((yesterday.capacityByGrade as { key: string }[]).map(({ key }) => key)).toContain('AZ91D');
      expect(today.snapshotDay).toBe(day(0));
      expect((today.capacityByGrade as { key: string }[]).map(({ key }) => key)).not.toContain('AZ91D');
      expect((await overview(`(to: "${day(-30)}")`)).snapshotDay).toBeNull();
    });

    it('reads a snapshot older than 15 minutes as it is while the maintenance job takes a new one', async () => {
      const dataSource = app.app.get(DataSource);
      await dataSource.query(`UPDATE market_snapshots SET taken_at = now() - interval '20 minutes' WHERE day = $1::date`, [day(0)]);
      await app.graphql(`mutation($id: ID!) { archiveListing(id: $id) { id } }`, { id: listings.scrap }, hefei.token);
      const stale = await overview();
      expect((stale.capacityByGrade as { key: string }[]).map(({ key }) => key)).toContain('AM scrap');
      await settled(app);
      const fresh = await overview();
      expect((fresh.capacityByGrade as { key: string }[]).map(({ key }) => key)).not.toContain('AM scrap');
      expect(fresh.scrapRecycling).toEqual({ offeredTonnes: 0, contractedTonnes: 0, ratePct: null });
    });

    it('refuses a period in the future or upside down, naming the field', async () => {
      const ask = (args: string) => app.graphql(`{ marketOverview${args} { from } }`, {}, moderator);
      expect(codeAndField(await ask(`(to: "${day(1)}")`))).toEqual(['BAD_USER_INPUT', 'to']);
      expect(codeAndField(await ask(`(from: "${day(0)}", to: "${day(-1)}")`))).toEqual(['BAD_USER_INPUT', 'from']);
      const typo = await ask(`(cluster: "Chizhou")`);
      expect(codeAndField(typo)).toEqual(['BAD_USER_INPUT', 'cluster']);
      expect(typo.body.errors![0]!.message).toBe(`no organisation is in cluster "Chizhou"; the clusters are: ${CHIZHOU}, ${HEFEI}`);
      const unknown = await app.graphql(`{ priceSeries(series: "Mg99.90 nowhere") { series } }`);
      expect(codeAndField(unknown)).toEqual(['NOT_FOUND', 'series']);
    });

    it("sets a reference series against the daily median of suppliers' offers, showing no day with fewer than three suppliers", async () => {
      const recorded = await app.graphql(
        `mutation($input: ReferencePriceInput!) { recordReferencePrice(input: $input) { date } }`,
        { input: { series: 'AM60B die castings Chizhou', grade: 'AM60B', form: 'DIE_CASTING', date: day(0), source: 'association survey', price: { ...EXW(24_500), place: null } } },
        moderator,
      );
      expect(recorded.body.errors).toBeUndefined();
      const read = async () => (await app.graphql<{ priceSeries: Record<string, unknown> }>(
        `{ priceSeries(series: "AM60B die castings Chizhou") { series grade form points { date cnyPerTonneVatIncluded } quotes { date cnyPerTonneVatIncluded } deals { date cnyPerTonneVatIncluded } } }`,
      )).body.data!.priceSeries;
      // One quote today (the awarded 25,000): too few to show.
      expect(await read()).toEqual({
        series: 'AM60B die castings Chizhou', grade: 'AM60B', form: 'DIE_CASTING',
        points: [{ date: day(0), cnyPerTonneVatIncluded: 24_500 }], quotes: [], deals: [],
      });
      const others = [await signUp(app, 'SUPPLIER', 4, { cluster: CHIZHOU }), await signUp(app, 'SUPPLIER', 5, { cluster: CHIZHOU })];
      const otherListings = [await publishListing(app, others[0]!.token, moderator), await publishListing(app, others[1]!.token, moderator)];
      const requirement = await openRequirement(app, buyer.token, moderator, { title: 'AM60B frames, line 2', acceptableGrades: ['AM60B'], quantityTonnesPerMonth: 5 });
      const matchOf: Record<string, string> = {};
      await waitFor('a match with each AM60B listing', async () => {
        const response = await app.graphql<{ matchesForRequirement: { id: string; listing: { id: string } }[] }>(
          `query($id: ID!) { matchesForRequirement(requirementId: $id) { id listing { id } } }`,
          { id: requirement },
          buyer.token,
        );
        for (const match of response.body.data?.matchesForRequirement ?? []) matchOf[match.listing.id] = match.id;
        return [listings.seatFrames!, ...otherListings].every((id) => matchOf[id]);
      });
      // Two offers today, both from one supplier: still nothing to show.
      await quote(chizhou, matchOf[listings.seatFrames!]!, 24_000, 5);
      expect((await read()).quotes).toEqual([]);
      const countered = await quote(others[0]!, matchOf[otherListings[0]!]!, 26_000, 5);
      const counter = await app.graphql(`mutation($id: ID!, $price: PriceInput!) { counterQuote(id: $id, price: $price) { id } }`, { id: countered, price: EXW(20_000) }, buyer.token);
      expect(counter.body.errors).toBeUndefined();
      await quote(others[1]!, matchOf[otherListings[1]!]!, 27_000, 5);
      // 24,000, 25,000, 26,000 and 27,000 from three suppliers; the buyer's 20,000 counter-offer is no offer.
      expect((await read()).quotes).toEqual([{ date: day(0), cnyPerTonneVatIncluded: 25_500 }]);
    });

    it('exports the overview and its rows as CSV and XLSX that parse back, a formula-like name defused in the CSV', async () => {
      const csv = (await app.graphql<{ marketReportCsv: string }>(`{ marketReportCsv }`, {}, moderator)).body.data!.marketReportCsv;
      const rows: string[][] = parse(csv, { relax_column_count: true, skip_empty_lines: true });
      const section = (name: string) => {
        const start = rows.findIndex((row) => row[0] === `# ${name}`);
        const end = rows.findIndex((row, index) => index > start && row[0]!.startsWith('# '));
        return rows.slice(start + 1, end === -1 ? undefined : end);
      };
      expect(section('Funnel')).toEqual([['step', 'requirements'], ['OPENED', '4'], ['MATCHED', '3'], ['ENDORSED', '1'], ['QUOTED', '2'], ['AWARDED', '1'], ['PURCHASED', '1'], ['FIRST_USED', '1']]);
      // Today's report adds up the rows as they stand: the two seat-frame makers that joined since the last snapshot count,
      // and Hefei's two listings were archived.
      expect(section('Capacity by cluster').slice(1)).toEqual([[CHIZHOU, CHIZHOU, '1360', '4']]);
      const capacityRows = section('Capacity rows');
      expect(capacityRows[0]).toEqual(['supplier', 'cluster', 'material_class', 'material', 'family', 'listings', 'capacity_t_per_month', 'committed_t_per_month']);
      expect(capacityRows.filter((row) => row[3] === 'reduction slag')).toEqual([[`'${FORMULA_NAME}`, CHIZHOU, 'BY_PRODUCT', 'reduction slag', 'reduction slag', '1', '1000', '300']]);
      expect(section('Open requirements').map((row) => [row[1], row[7]])).toEqual(
        expect.arrayContaining([['title', 'live_match'], ['WE43 brackets', 'no'], ['镁渣 水泥生料', 'yes']]),
      );

      const base64 = (await app.graphql<{ marketReportXlsx: string }>(`{ marketReportXlsx }`, {}, moderator)).body.data!.marketReportXlsx;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Overview', 'Capacity by grade', 'Capacity by cluster', 'Demand by scenario', 'Balance', 'Funnel', 'Capacity rows', 'Open requirements',
      ]);
      const funnel = workbook.getWorksheet('Funnel')!;
      expect(funnel.getRow(2).values).toEqual([undefined, 'OPENED', 4]);
      const supplierCells = workbook.getWorksheet('Capacity rows')!.getColumn(1).values;
      expect(supplierCells).toContain(FORMULA_NAME);
      const slagRow = workbook.getWorksheet('Capacity rows')!.getRows(2, 10)!.find((row) => row.getCell(4).value === 'reduction slag')!;
      expect(slagRow.getCell(1).type).toBe(ExcelJS.ValueType.String);
    });
  });
}
