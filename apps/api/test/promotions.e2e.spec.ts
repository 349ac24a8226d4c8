import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { MODERATOR_ENV, firstMatchOf, listingInput, openRequirement, publishListing, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { settled } from '../../../test/support/settled.js';
import { engineProfilesUnderTest, TestApp, UploadFile, type GraphqlResponse } from '../../../test/support/test-app.js';
import { waitFor } from '../../../test/support/wait-for.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const today = () => new Date().toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.7\n% a contract\n');
const PURCHASE = `id amountCny firstUseAt deliveryConfirmedAt evidence { kind fileName contentType }
  eligibility { program { id } outcome estimatedSubsidyCny rules { rule outcome detail } }`;

interface Eligibility {
  program: { id: string };
  outcome: string;
  estimatedSubsidyCny: number | null;
  rules: { rule: string; outcome: string; detail: string }[];
}

const codeOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.code;

for (const profile of engineProfilesUnderTest()) {
  describe(`first-purchase programs on the ${profile} engines`, () => {
    let app: TestApp;
    let supplier: Account;
    let buyer: Account;
    let trader: Account;
    let otherBuyer: Account;
    let moderator: string;
    let matchId: string;
    let listingId: string;
    /** Entry ids of the first-batch catalogue by edition year and name, as loaded by its migration. */
    const entries = new Map<string, string>();

    const call = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
      const response = await app.graphql<T>(query, variables, token);
      if (!response.body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.body.errors)}`);
      return response.body.data;
    };
    const inboxTypes = async (token: string) =>
      (await call<{ notifications: { edges: { node: { type: string; title: string } }[] } }>(`{ notifications(first: 100) { edges { node { type title } } } }`, {}, token))
        .notifications.edges.map(({ node }) => node);
    const createProgram = async (input: Record<string, unknown>) =>
      (await call<{ createPromotionProgram: { id: string; rules: { grades: string[] | null } } }>(
        `mutation($input: CreatePromotionProgramInput!) { createPromotionProgram(input: $input) { id rules { grades } } }`,
        {
          input: {
            kind: 'FIRST_PURCHASE',
            rules: {},
            startsAt: new Date(Date.now() - DAY_MS).toISOString(),
            endsAt: new Date(Date.now() + 60 * DAY_MS).toISOString(),
            ...input,
          },
        },
        moderator,
      )).createPromotionProgram;
    const launch = (id: string) => call(`mutation($id: ID!) { launchPromotionProgram(id: $id) { launched } }`, { id }, moderator);
    const recordPurchase = async (amountCny: number) =>
      (await call<{ recordPurchase: { id: string; eligibility: Eligibility[] } }>(
        `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { ${PURCHASE} } }`,
        { input: { matchId, quantityTonnes: 10, amountCny, contractSignedAt: today() } },
        buyer.token,
      )).recordPurchase;
    const purchase = async (id: string, token = buyer.token) => (await call<{ purchase: { eligibility: Eligibility[]; evidence: unknown[] } }>(`query($id: ID!) { purchase(id: $id) { ${PURCHASE} } }`, { id }, token)).purchase;
    const apply = (purchaseId: string, programId: string) =>
      app.graphql<{ applyForPromotion: { id: string; state: string } }>(
        `mutation($purchaseId: ID!, $programId: ID!) { applyForPromotion(purchaseId: $purchaseId, programId: $programId) { id state } }`,
        { purchaseId, programId },
        buyer.token,
      );
    const review = (id: string, decision: 'APPROVE' | 'REJECT', reason?: string) =>
      app.graphql<{ reviewPromotionApplication: { state: string; grantedCny: number | null } }>(
        `mutation($id: ID!, $decision: ReviewDecision!, $reason: String) { reviewPromotionApplication(id: $id, decision: $decision, reason: $reason) { state grantedCny } }`,
        { id, decision, reason },
        moderator,
      );
    const committedOf = async (programId: string) =>
      (await call<{ promotionPrograms: { id: string; committedCny: number; budgetCny: number }[] }>(`{ promotionPrograms { id committedCny budgetCny } }`, {}, moderator))
        .promotionPrograms.find((program) => program.id === programId)!;

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      moderator = await signInModerator(app);
      supplier = await signUp(app, 'SUPPLIER', 0);
      buyer = await signUp(app, 'BUYER', 1, { businessType: 'OEM' });
      trader = await signUp(app, 'BUYER', 2, { businessType: '镁材贸易 trader' });
      otherBuyer = await signUp(app, 'BUYER', 3, { businessType: 'OEM' });
      const { firstBatchEditions } = await call<{ firstBatchEditions: { name: string; entries: { id: string; name: string }[] }[] }>(
        `{ firstBatchEditions { name entries { id name } } }`,
        {},
        moderator,
      );
      for (const edition of firstBatchEditions) for (const entry of edition.entries) entries.set(`${edition.name.match(/\d{4}/)![0]}:${entry.name}`, entry.id);
      listingId = await publishListing(app, supplier.token, moderator, {
        title: 'AM60B first-batch seat frames', firstBatchNewMaterial: true, firstBatchEntryId: entries.get('2021:镁合金轮毂'),
      });
      await call(
        `mutation($listingId: ID!, $entryId: ID!) { verifyFirstBatchClaim(listingId: $listingId, entryId: $entryId, reason: "test report GB/T 228.1, 2026-02") { firstBatchVerified } }`,
        { listingId, entryId: entries.get('2021:镁合金轮毂') },
        moderator,
      );
      const requirementId = await openRequirement(app, buyer.token, moderator, { title: 'Seat frames for the new SUV' });
      await openRequirement(app, trader.token, moderator, { title: 'Seat frames to resell' });
      await openRequirement(app, otherBuyer.token, moderator, { title: 'Laptop housings', scenario: 'HOUSING_3C', acceptableGrades: ['AZ91D'], form: 'DIE_CASTING' });
      matchId = await firstMatchOf(app, requirementId, buyer.token);
      await call(`mutation($id: ID!) { respondToMatch(id: $id, interested: true) { id } }`, { id: matchId }, supplier.token);
      await call(`mutation($id: ID!) { acceptMatch(id: $id) { id } }`, { id: matchId }, buyer.token);
      await settled(app);
    });

    afterAll(async () => {
      await app.close();
    });

    it('walks a program from launch to a granted subsidy, telling the right people at each step', async () => {
      const program = await createProgram({
        name: '安徽省镁基新材料首购首用 2026',
        rules: {
          grades: ['MgAl6Mn'],
          scenarios: ['AUTO_SEAT_FRAME'],
          requireFirstBatchNewMaterial: true,
          supplierCities: ['Chizhou'],
          buyerMustBeEndUser: true,
          firstPurchaseOfGradeOnly: true,
          minAmountCny: 10_000,
          requiredEvidence: ['CONTRACT'],
        },
        subsidyPct: 20,
        capPerPurchaseCny: 50_000,
        budgetCny: 1_000_000,
      });
      expect(program.rules.grades).toEqual(['AM60B']);
      await launch(program.id);
      await settled(app);
      expect(await inboxTypes(buyer.token)).toContainEqual({ type: 'PROMOTION_LAUNCHED', title: '新支持政策：安徽省镁基新材料首购首用 2026' });
      for (const account of [trader, otherBuyer, supplier]) {
        expect((await inboxTypes(account.token)).map((item) => item.type)).not.toContain('PROMOTION_LAUNCHED');
      }

      const recorded = await recordPurchase(200_000);
      const [eligibility] = recorded.eligibility.filter((result) => result.program.id === program.id);
      expect(eligibility).toMatchObject({ outcome: 'UNKNOWN', estimatedSubsidyCny: 40_000 });
      expect(Object.fromEntries(eligibility!.rules.map((rule) => [rule.rule, rule.outcome]))).toEqual({
        WINDOW: 'PASS',
        GRADE: 'PASS',
        SCENARIO: 'PASS',
        FIRST_BATCH_MATERIAL: 'PASS',
        SUPPLIER_LOCATION: 'PASS',
        END_USER: 'PASS',
        FIRST_PURCHASE: 'PASS',
        AMOUNT: 'PASS',
        DELIVERY: 'UNKNOWN',
        EVIDENCE: 'UNKNOWN',
      });
      expect(eligibility!.rules.find((rule) => rule.rule === 'EVIDENCE')!.detail).toBe('attach: CONTRACT');
      await settled(app);
      for (const account of [buyer, supplier]) expect((await inboxTypes(account.token)).map((item) => item.type)).toContain('PURCHASE_ELIGIBLE');
      expect(codeOf(await app.graphql(`query($id: ID!) { purchase(id: $id) { id } }`, { id: recorded.id }, otherBuyer.token))).toBe('NOT_FOUND');

      const applied = await apply(recorded.id, program.id);
      expect(applied.body.data?.applyForPromotion.state).toBe('PENDING');
      expect(codeOf(await apply(recorded.id, program.id))).toBe('CONFLICT');
      const early = await review(applied.body.data!.applyForPromotion.id, 'APPROVE');
      expect(codeOf(early)).toBe('CONFLICT');
      expect(early.body.errors![0]!.message).toBe(
        'Not every rule passes yet: DELIVERY: waiting for the supplier to confirm the delivery; EVIDENCE: attach: CONTRACT',
      );

      await call(`mutation($id: ID!) { confirmPurchaseDelivery(id: $id) { id } }`, { id: recorded.id }, supplier.token);
      await call(
        `mutation($id: ID!, $file: Upload!) { attachPurchaseEvidence(purchaseId: $id, kind: CONTRACT, file: $file) { id } }`,
        { id: recorded.id, file: new UploadFile('contract.pdf', PDF) },
        buyer.token,
      );
      expect((await purchase(recorded.id)).eligibility.find((result) => result.program.id === program.id)!.outcome).toBe('PASS');
      const granted = await review(applied.body.data!.applyForPromotion.id, 'APPROVE');
      expect(granted.body.data).toEqual({ reviewPromotionApplication: { state: 'GRANTED', grantedCny: 40_000 } });
      expect((await committedOf(program.id)).committedCny).toBe(40_000);
      await settled(app);
      expect(await inboxTypes(buyer.token)).toContainEqual({ type: 'APPLICATION_DECIDED', title: '申请已批准：安徽省镁基新材料首购首用 2026' });
      const audit = await call<{ auditLog: { action: string }[] }>(`{ auditLog { action } }`, {}, moderator);
      expect(audit.auditLog.map((entry) => entry.action)).toEqual(expect.arrayContaining(['program.create', 'program.launch', 'application.grant']));

      // A second purchase of the same grade family within 12 months is not a first purchase.
      const second = await recordPurchase(150_000);
      const rules = second.eligibility.find((result) => result.program.id === program.id)!;
      expect(rules.outcome).toBe('FAIL');
      expect(rules.rules.find((rule) => rule.rule === 'FIRST_PURCHASE')!.detail).toBe(`this buyer already bought AM-family magnesium on ${today()}, within 12 months`);
      expect(codeOf(await apply(second.id, program.id))).toBe('CONFLICT');
      // …and a later purchase never takes away the first one's status, though both were signed the same day.
      expect((await purchase(recorded.id)).eligibility.find((result) => result.program.id === program.id)!.outcome).toBe('PASS');

      const report = await call<{ programReport: { grantedCny: number; committedCny: number; budgetCny: number; firstUses: number; applicationsByState: unknown[]; purchasesByGradeAndScenario: unknown[] } }>(
        `query($id: ID!) { programReport(id: $id) { grantedCny committedCny budgetCny firstUses applicationsByState { state count grantedCny }
          purchasesByGradeAndScenario { grade scenario purchases amountCny } } }`,
        { id: program.id },
        moderator,
      );
      expect(report.programReport).toEqual({
        grantedCny: 40_000,
        committedCny: 40_000,
        budgetCny: 1_000_000,
        firstUses: 0,
        applicationsByState: [{ state: 'GRANTED', count: 1, grantedCny: 40_000 }],
        purchasesByGradeAndScenario: [{ grade: 'AM60B', scenario: 'AUTO_SEAT_FRAME', purchases: 1, amountCny: 200_000 }],
      });
      const csv = (await call<{ programReportCsv: string }>(`query($id: ID!) { programReportCsv(id: $id) }`, { id: program.id }, moderator)).programReportCsv;
      expect(csv.split('\n').slice(0, 4)).toEqual([
        'program,subsidy_model,pays,budget_cny,committed_cny,granted_cny,first_uses,policy_years_claimed,premiums_claimed_cny',
        '安徽省镁基新材料首购首用 2026,PERCENT_OF_PURCHASE,"20 % of the purchase, to the buyer",1000000,40000,40000,0,0,0',
        '',
        'beneficiary,year,grants,granted_cny',
      ]);
    });

    it('pays the national insurance compensation to the producer as a share of the premium, one policy year at a time', async () => {
      // The failing input of issue 17: as "80 % of the purchase, to the buyer", a CNY 6 m contract showed CNY 4.8 m.
      const program = await createProgram({
        name: '重点新材料首批次应用保险补偿（演示）',
        kind: 'FIRST_BATCH',
        subsidyModel: 'INSURANCE_PREMIUM',
        beneficiary: 'SUPPLIER',
        premiumSharePct: 80,
        maxPremiumRatePct: 3,
        maxLiabilityMultiple: 5,
        maxYears: 2,
        capPerPurchaseCny: 10_000_000,
        budgetCny: 100_000_000,
      });
      await launch(program.id);
      const recorded = (await call<{ recordPurchase: { id: string } }>(
        `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`,
        { input: { matchId, quantityTonnes: 200, amountCny: 6_000_000, contractSignedAt: today() } },
        buyer.token,
      )).recordPurchase;
      const ELIGIBILITY = `query($id: ID!) { purchase(id: $id) { eligibility { program { id } outcome estimatedSubsidyCny subsidyExplanation rules { rule outcome detail } } } }`;
      const estimate = async () =>
        (await call<{ purchase: { eligibility: (Eligibility & { subsidyExplanation: string })[] } }>(ELIGIBILITY, { id: recorded.id }, supplier.token)).purchase.eligibility.find(
          (result) => result.program.id === program.id,
        )!;
      expect(await estimate()).toMatchObject({ estimatedSubsidyCny: 144_000, outcome: 'UNKNOWN' });
      expect((await estimate()).subsidyExplanation).toContain('a premium of CNY 180,000; 80 % of it = CNY 144,000');

      // The buyer is not the beneficiary; the producer records its policy and applies.
      expect(codeOf(await apply(recorded.id, program.id))).toBe('FORBIDDEN');
      const POLICY = `mutation($id: ID!, $input: InsurancePolicyInput!) { recordInsurancePolicy(purchaseId: $id, input: $input) { insurancePolicies { policyNumber } } }`;
      const policyYear = (n: number, premiumCny: number) => ({
        policyNumber: `PICC-MG-${n}`, insurer: '中国人民财产保险', premiumCny, liabilityLimitCny: 40_000_000,
        periodFrom: `${2026 + n}-01-01`, periodTo: `${2026 + n}-12-31`,
      });
      const backwards = await app.graphql(POLICY, { id: recorded.id, input: { ...policyYear(1, 1_200_000), periodTo: '2026-06-01' } }, supplier.token);
      expect({ code: codeOf(backwards), field: backwards.body.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.periodTo' });
      expect(codeOf(await app.graphql(POLICY, { id: recorded.id, input: policyYear(1, 1_200_000) }, buyer.token))).toBe('FORBIDDEN');
      await call(POLICY, { id: recorded.id, input: policyYear(1, 1_200_000) }, supplier.token);
      const ATTACH = `mutation($id: ID!, $kind: EvidenceKind!, $file: Upload!) { attachPurchaseEvidence(purchaseId: $id, kind: $kind, file: $file) { kind } }`;
      const policyScan = () => new UploadFile('policy.pdf', PDF);
      expect(codeOf(await app.graphql(ATTACH, { id: recorded.id, kind: 'INSURANCE_POLICY', file: policyScan() }, buyer.token))).toBe('FORBIDDEN');
      expect((await app.graphql(ATTACH, { id: recorded.id, kind: 'INSURANCE_POLICY', file: policyScan() }, supplier.token)).body.data).toEqual({
        attachPurchaseEvidence: { kind: 'INSURANCE_POLICY' },
      });
      expect(await estimate()).toMatchObject({ estimatedSubsidyCny: 720_000 });
      expect((await estimate()).subsidyExplanation).toBe(
        "policy PICC-MG-1: liability limit counted CNY 30,000,000 (the policy's CNY 40,000,000, at most 5 × the contract amount CNY 6,000,000); " +
          "premium counted CNY 900,000 (the policy's CNY 1,200,000, at most 3 % of the limit counted); 80 % of it = CNY 720,000; paid to the supplier",
      );
      const APPLY = `mutation($purchaseId: ID!, $programId: ID!) { applyForPromotion(purchaseId: $purchaseId, programId: $programId) { id state requestedCny explanation } }`;
      const first = (await call<{ applyForPromotion: { id: string; requestedCny: number } }>(APPLY, { purchaseId: recorded.id, programId: program.id }, supplier.token)).applyForPromotion;
      expect(first.requestedCny).toBe(720_000);
      // One claim per policy year: a second application needs the next year's policy, and two years at most.
      expect(codeOf(await app.graphql(APPLY, { purchaseId: recorded.id, programId: program.id }, supplier.token))).toBe('CONFLICT');
      await call(POLICY, { id: recorded.id, input: policyYear(2, 150_000) }, supplier.token);
      const second = (await call<{ applyForPromotion: { requestedCny: number } }>(APPLY, { purchaseId: recorded.id, programId: program.id }, supplier.token)).applyForPromotion;
      expect(second.requestedCny).toBe(120_000);
      await call(POLICY, { id: recorded.id, input: policyYear(3, 150_000) }, supplier.token);
      const third = await app.graphql(APPLY, { purchaseId: recorded.id, programId: program.id }, supplier.token);
      expect(codeOf(third)).toBe('CONFLICT');
      expect(third.body.errors![0]!.message).toContain('2 policy years of this purchase are claimed already, the most the program supports (2)');

      // The other party sees the application; the moderator grants what the arithmetic says.
      const seenByBuyer = await call<{ promotionApplications: { id: string }[] }>(`query($id: ID) { promotionApplications(programId: $id) { id } }`, { id: program.id }, buyer.token);
      expect(seenByBuyer.promotionApplications.map((application) => application.id)).toContain(first.id);
      await call(`mutation($id: ID!) { confirmPurchaseDelivery(id: $id) { id } }`, { id: recorded.id }, supplier.token);
      const granted = await review(first.id, 'APPROVE');
      expect(granted.body.data).toEqual({ reviewPromotionApplication: { state: 'GRANTED', grantedCny: 720_000 } });
      // A rejected policy year may be claimed again; a program of another model never claims a policy, once per purchase.
      const secondId = (await call<{ promotionApplications: { id: string; requestedCny: number }[] }>(
        `query($id: ID) { promotionApplications(programId: $id) { id requestedCny } }`,
        { id: program.id },
        supplier.token,
      )).promotionApplications.find((application) => application.requestedCny === 120_000)!.id;
      await review(secondId, 'REJECT', 'the policy names another insured user');
      const again = (await call<{ applyForPromotion: { requestedCny: number } }>(APPLY, { purchaseId: recorded.id, programId: program.id }, supplier.token)).applyForPromotion;
      expect(again.requestedCny).toBe(120_000);
      const percent = await createProgram({ name: 'A share of the purchase, alongside', subsidyPct: 1, capPerPurchaseCny: 1_000_000, budgetCny: 10_000_000 });
      await launch(percent.id);
      expect((await apply(recorded.id, percent.id)).body.errors).toBeUndefined();
      expect(codeOf(await apply(recorded.id, percent.id))).toBe('CONFLICT');
      const report = await call<{ programReport: Record<string, unknown> }>(
        `query($id: ID!) { programReport(id: $id) { subsidyTerms policyYearsClaimed premiumsClaimedCny grantsByBeneficiary { year grants grantedCny } } }`,
        { id: program.id },
        moderator,
      );
      expect(report.programReport).toEqual({
        subsidyTerms: '80 % of the first-batch insurance premium, to the supplier',
        policyYearsClaimed: 2,
        premiumsClaimedCny: 1_350_000,
        grantsByBeneficiary: [{ year: Number(today().slice(0, 4)), grants: 1, grantedCny: 720_000 }],
      });
    });

    it('pays per tonne within the annual cap of each beneficiary', async () => {
      const program = await createProgram({
        name: '池州市镁材本地应用奖励（演示）', subsidyModel: 'PER_TONNE', subsidyPerTonneCny: 300, annualCapCny: 4_000, capPerPurchaseCny: 100_000, budgetCny: 1_000_000,
      });
      await launch(program.id);
      const grantFor = async (quantityTonnes: number) => {
        const recorded = (await call<{ recordPurchase: { id: string } }>(
          `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`,
          { input: { matchId, quantityTonnes, amountCny: quantityTonnes * 30_000, contractSignedAt: today() } },
          buyer.token,
        )).recordPurchase;
        await call(`mutation($id: ID!) { confirmPurchaseDelivery(id: $id) { id } }`, { id: recorded.id }, supplier.token);
        const applied = await apply(recorded.id, program.id);
        return (await review(applied.body.data!.applyForPromotion.id, 'APPROVE')).body;
      };
      expect((await grantFor(10)).data).toEqual({ reviewPromotionApplication: { state: 'GRANTED', grantedCny: 3_000 } });
      expect((await grantFor(10)).data).toEqual({ reviewPromotionApplication: { state: 'GRANTED', grantedCny: 1_000 } });
      const nothingLeft = await grantFor(10);
      expect(nothingLeft.errors?.[0]?.message).toContain('Nothing is left to grant');
    });

    it('never commits more than the budget under 50 concurrent approvals, and releases what a revoked grant held', async () => {
      const program = await createProgram({ name: 'Budget race', subsidyPct: 10, capPerPurchaseCny: 100_000, budgetCny: 205_000 });
      await launch(program.id);
      const applicationIds: string[] = [];
      for (let i = 0; i < 50; i += 1) {
        const { id } = await recordPurchase(100_000);
        await call(`mutation($id: ID!) { confirmPurchaseDelivery(id: $id) { id } }`, { id }, supplier.token);
        applicationIds.push((await apply(id, program.id)).body.data!.applyForPromotion.id);
      }
      const decisions = await Promise.all(applicationIds.map((id) => review(id, 'APPROVE')));
      const granted = decisions.filter((decision) => decision.body.data?.reviewPromotionApplication.state === 'GRANTED');
      expect(granted).toHaveLength(20);
      expect(decisions.filter((decision) => codeOf(decision) === 'CONFLICT')).toHaveLength(30);
      expect(await committedOf(program.id)).toMatchObject({ committedCny: 200_000, budgetCny: 205_000 });

      const grantedId = applicationIds[decisions.indexOf(granted[0]!)]!;
      expect(codeOf(await review(grantedId, 'REJECT'))).toBe('BAD_USER_INPUT');
      expect((await review(grantedId, 'REJECT', 'invoice does not match the contract')).body.data?.reviewPromotionApplication.state).toBe('REJECTED');
      expect((await committedOf(program.id)).committedCny).toBe(190_000);
      const pendingId = applicationIds.find((_, index) => codeOf(decisions[index]!) === 'CONFLICT')!;
      expect((await review(pendingId, 'APPROVE')).body.data?.reviewPromotionApplication.state).toBe('GRANTED');
      expect((await committedOf(program.id)).committedCny).toBe(200_000);
    });

    it.each([
      ['PER_TONNE', { subsidyModel: 'PER_TONNE', subsidyPerTonneCny: 1_000 }],
      ['FIXED_AMOUNT', { subsidyModel: 'FIXED_AMOUNT', fixedAmountCny: 10_000 }],
      ['INSURANCE_PREMIUM', { subsidyModel: 'INSURANCE_PREMIUM', beneficiary: 'SUPPLIER', premiumSharePct: 80, maxPremiumRatePct: 3, maxLiabilityMultiple: 5, maxYears: 3 }],
    ])('never commits more than the budget of a %s program under 20 concurrent approvals of CNY 10,000 each', async (model, terms) => {
      const program = await createProgram({ name: `Budget race, ${model}`, capPerPurchaseCny: 100_000, budgetCny: 105_000, ...terms });
      await launch(program.id);
      const applicant = model === 'INSURANCE_PREMIUM' ? supplier : buyer;
      const applicationIds: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        const { id } = await recordPurchase(100_000);
        await call(`mutation($id: ID!) { confirmPurchaseDelivery(id: $id) { id } }`, { id }, supplier.token);
        if (model === 'INSURANCE_PREMIUM') {
          // 80 % of a premium of CNY 12,500 (within 3 % of 5 × the contract) = CNY 10,000.
          const policy = { policyNumber: `RACE-${i}`, insurer: 'PICC', premiumCny: 12_500, liabilityLimitCny: 1_000_000, periodFrom: today(), periodTo: `${Number(today().slice(0, 4)) + 1}-01-01` };
          await call(`mutation($id: ID!, $input: InsurancePolicyInput!) { recordInsurancePolicy(purchaseId: $id, input: $input) { id } }`, { id, input: policy }, supplier.token);
        }
        const applied = await app.graphql<{ applyForPromotion: { id: string } }>(
          `mutation($purchaseId: ID!, $programId: ID!) { applyForPromotion(purchaseId: $purchaseId, programId: $programId) { id } }`,
          { purchaseId: id, programId: program.id },
          applicant.token,
        );
        applicationIds.push(applied.body.data!.applyForPromotion.id);
      }
      const decisions = await Promise.all(applicationIds.map((id) => review(id, 'APPROVE')));
      expect(decisions.filter((decision) => decision.body.data?.reviewPromotionApplication.grantedCny === 10_000)).toHaveLength(10);
      expect(decisions.filter((decision) => codeOf(decision) === 'CONFLICT')).toHaveLength(10);
      expect(await committedOf(program.id)).toMatchObject({ committedCny: 100_000, budgetCny: 105_000 });
    });

    it("spends a beneficiary's annual cap one grant at a time under concurrent approvals", async () => {
      const program = await createProgram({ name: 'Annual cap race', subsidyModel: 'PER_TONNE', subsidyPerTonneCny: 1_000, annualCapCny: 55_000, capPerPurchaseCny: 100_000, budgetCny: 1_000_000 });
      await launch(program.id);
      const applicationIds: string[] = [];
      for (let i = 0; i < 10; i += 1) {
        const { id } = await recordPurchase(100_000);
        await call(`mutation($id: ID!) { confirmPurchaseDelivery(id: $id) { id } }`, { id }, supplier.token);
        applicationIds.push((await apply(id, program.id)).body.data!.applyForPromotion.id);
      }
      const decisions = await Promise.all(applicationIds.map((id) => review(id, 'APPROVE')));
      const amounts = decisions.map((decision) => decision.body.data?.reviewPromotionApplication.grantedCny).filter((amount) => amount != null).sort();
      expect(amounts).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 5_000].sort());
      expect(decisions.filter((decision) => decision.body.errors?.[0]?.message.includes('Nothing is left to grant'))).toHaveLength(4);
      expect((await committedOf(program.id)).committedCny).toBe(55_000);
    });

    it('checks evidence files by content and size, and keeps them under a random name outside any served path', async () => {
      const { id } = await recordPurchase(50_000);
      const attach = (fileName: string, content: Buffer, token = buyer.token) =>
        app.graphql<{ attachPurchaseEvidence: { fileName: string; contentType: string; sizeBytes: number } }>(
          `mutation($id: ID!, $file: Upload!) { attachPurchaseEvidence(purchaseId: $id, kind: INVOICE, file: $file) { fileName contentType sizeBytes } }`,
          { id, file: new UploadFile(fileName, content) },
          token,
        );
      const evidenceFiles = () => readdir(join(app.config.dataDir, 'evidence')).catch((): string[] => []);
      const before = await evidenceFiles();
      const stored = await attach('../../etc/passwd\u202E.pdf', PDF);
      expect(stored.body.data?.attachPurchaseEvidence).toEqual({ fileName: 'passwd.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
      const [file] = (await evidenceFiles()).filter((name) => !before.includes(name));
      expect(file).toMatch(/^[0-9a-f-]{36}\.pdf$/);

      const disguised = await attach('invoice.pdf', Buffer.from('<script>alert(1)</script>'));
      expect(disguised.body.errors?.[0]).toMatchObject({ message: 'the file is not a PDF, PNG or JPEG document', extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
      const limit = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024 - 5)]);
      expect((await attach('scan.pdf', limit)).body.data?.attachPurchaseEvidence.sizeBytes).toBe(5 * 1024 * 1024);
      const tooLarge = await attach('scan.pdf', Buffer.concat([limit, Buffer.from('!')]));
      expect(tooLarge.body.errors?.[0]).toMatchObject({
        message: 'the file is larger than 5242880 bytes (5 MiB), the limit for evidence',
        extensions: { code: 'BAD_USER_INPUT', field: 'file' },
      });
      // Sent at once, 6 MiB pass the upload library's own limit before the resolver reads the stream.
      expect((await attach('big.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(6 * 1024 * 1024)]))).body.errors?.[0]).toMatchObject({
        message: 'the file is larger than 5242880 bytes (5 MiB), the limit for evidence',
        extensions: { code: 'BAD_USER_INPUT', field: 'file' },
      });
      expect((await attach('empty.pdf', Buffer.alloc(0))).body.errors?.[0]).toMatchObject({ message: 'the file is empty', extensions: { field: 'file' } });
      expect(codeOf(await attach('x.pdf', PDF, otherBuyer.token))).toBe('NOT_FOUND');
      // Only the two accepted files are kept: nothing of the refused ones, no partial upload.
      expect(await evidenceFiles()).toHaveLength(before.length + 2);
    });

    it('refuses a 6 MiB file while it streams: written to disk as it arrives, dropped as it passes 5 MiB, before the rest is sent', async () => {
      const { id } = await recordPurchase(60_000);
      const url = new URL((await app.listen()).replace(/^ws/, 'http'));
      const evidenceDirectory = join(app.config.dataDir, 'evidence');
      const partials = async () => (await readdir(evidenceDirectory).catch((): string[] => [])).filter((name) => name.endsWith('.part'));
      const boundary = 'magmatch-upload-boundary';
      const operations = JSON.stringify({
        query: 'mutation($id: ID!, $file: Upload!) { attachPurchaseEvidence(purchaseId: $id, kind: INVOICE, file: $file) { id } }',
        variables: { id, file: null },
      });
      const head = Buffer.from(
        [
          `--${boundary}\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${operations}`,
          `--${boundary}\r\ncontent-disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}`,
          `--${boundary}\r\ncontent-disposition: form-data; name="0"; filename="scan.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-`,
        ].join('\r\n'),
      );
      const MiB = 1024 * 1024;
      const upload = request(
        { host: url.hostname, port: url.port, path: '/graphql', method: 'POST', headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'transfer-encoding': 'chunked',
          'apollo-require-preflight': 'true',
          authorization: `Bearer ${buyer.token}`,
        } },
      );
      const answered = new Promise<{ errors?: { message: string; extensions: Record<string, unknown> }[] }>((resolve, reject) => {
        upload.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve(JSON.parse(text)));
        });
        upload.on('error', reject);
      });
      upload.write(head);
      upload.write(Buffer.alloc(4 * MiB));
      await waitFor('the first 4 MiB on disk', async () => (await partials()).length === 1);
      upload.write(Buffer.alloc(1.5 * MiB));
      await waitFor('the partial file dropped while 0.5 MiB are still unsent', async () => (await partials()).length === 0);
      upload.end(Buffer.concat([Buffer.alloc(MiB / 2), Buffer.from(`\r\n--${boundary}--\r\n`)]));
      expect((await answered).errors?.[0]).toMatchObject({
        message: 'the file is larger than 5242880 bytes (5 MiB), the limit for evidence',
        extensions: { code: 'BAD_USER_INPUT', field: 'file' },
      });
      expect((await purchase(id)).evidence).toEqual([]);
    });

    it('publishes a successful first use on the public replication list, and matching then says so', async () => {
      const { id } = await recordPurchase(80_000);
      const early = await app.graphql(`mutation($id: ID!) { publishProvenApplication(purchaseId: $id, caseText: "AM60B seat frames in series production") { id } }`, { id }, moderator);
      expect(codeOf(early)).toBe('CONFLICT');
      await call(`mutation($id: ID!) { recordFirstUse(id: $id, firstUseAt: "${today()}", succeeded: true) { id } }`, { id }, buyer.token);
      await call(`mutation($id: ID!) { publishProvenApplication(purchaseId: $id, caseText: "AM60B seat frames in series production") { id } }`, { id }, moderator);
      const list = await app.graphql<{ provenApplications: { grade: string; form: string; scenario: string; buyerName: string }[] }>(
        `{ provenApplications(scenario: "AUTO_SEAT_FRAME") { grade form scenario buyerName } }`,
      );
      expect(list.body.data?.provenApplications).toEqual([{ grade: 'AM60B', form: 'DIE_CASTING', scenario: 'AUTO_SEAT_FRAME', buyerName: 'Hefei Auto Parts #1' }]);

      const requirementId = await openRequirement(app, otherBuyer.token, moderator, { title: 'Seat frames, proven material wanted' });
      let reasons: string[] = [];
      await waitFor('a match with reasons', async () => {
        const response = await app.graphql<{ matchesForRequirement: { reasons: { detail: string }[] }[] }>(
          `query($id: ID!) { matchesForRequirement(requirementId: $id) { reasons { detail } } }`,
          { id: requirementId },
          otherBuyer.token,
        );
        reasons = response.body.data?.matchesForRequirement[0]?.reasons.map((reason) => reason.detail) ?? [];
        return reasons.length > 0;
      }, 15_000);
      expect(reasons).toContainEqual(expect.stringContaining('AM60B die casting is proven in seat frame (replication list)'));
    });

    // Last: it edits the shared listing, which sends it back to review.
    it('passes the first-batch rule only for a verified claim on an entry of the edition in force', async () => {
      const program = await createProgram({ name: '首批次 edition check', kind: 'FIRST_BATCH', subsidyPct: 10, capPerPurchaseCny: 100_000, budgetCny: 1_000_000 });
      await launch(program.id);
      const recorded = await recordPurchase(120_000);
      const ruleOf = async () => (await purchase(recorded.id)).eligibility.find((result) => result.program.id === program.id)!.rules.find((rule) => rule.rule === 'FIRST_BATCH_MATERIAL')!;
      expect(await ruleOf()).toMatchObject({ outcome: 'PASS', detail: '"镁合金轮毂" of 重点新材料首批次应用示范指导目录（2021年版）, verified by the association' });
      // The supplier changes its claim to the wide coil of the 2017–2018 editions: unverified, then verified, it still fails.
      const CLAIM = `mutation($id: ID!, $input: CreateListingInput!) { updateListing(id: $id, input: $input) { firstBatchVerified } }`;
      const updated = await call<{ updateListing: { firstBatchVerified: boolean } }>(
        CLAIM,
        { id: listingId, input: listingInput({ title: 'AM60B first-batch seat frames', firstBatchEntryId: entries.get('2018:大卷重高性能宽幅镁合金卷板') }) },
        supplier.token,
      );
      expect(updated.updateListing.firstBatchVerified).toBe(false);
      await call(
        `mutation($listingId: ID!, $entryId: ID!) { verifyFirstBatchClaim(listingId: $listingId, entryId: $entryId) { id } }`,
        { listingId, entryId: entries.get('2018:大卷重高性能宽幅镁合金卷板') },
        moderator,
      );
      expect(await ruleOf()).toMatchObject({
        outcome: 'FAIL',
        detail: `no edition in force on ${today()} carries "大卷重高性能宽幅镁合金卷板" (claimed from 重点新材料首批次应用示范指导目录（2018年版）)`,
      });
      const invented = await app.graphql(CLAIM, { id: listingId, input: listingInput({ firstBatchEntryId: '00000000-0000-4000-8000-000000000000' }) }, supplier.token);
      expect({ code: codeOf(invented), field: invented.body.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'firstBatchEntryId' });
    });
  });
}
