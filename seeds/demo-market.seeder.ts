import { Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogModule, GradeProposals } from '@magmatch/catalog';
import type { Viewer } from '@magmatch/core';
import { CertificationsService, IdentityModule, ModeratorBootstrap, OrganizationsService, RegistrationService, SignInService, creditCodeCheckCharacter, type UserEntity } from '@magmatch/identity';
import { EnterpriseDirectory, ExpertDirectory, InvestmentModule, InvestmentProjects, TechChallenges } from '@magmatch/investment';
import { ListingsModule, ListingsService } from '@magmatch/listings';
import { Beneficiary, EvidenceKind, ProgramLevel, ProgramsService, PromotionKind, PromotionsModule, SubsidyModel, type ProgramDraft } from '@magmatch/promotions';
import { RequirementsModule, RequirementsService } from '@magmatch/requirements';
import { ReferenceData, TradeModule } from '@magmatch/trade';
import { DEMO_ENTERPRISES, DEMO_EXPERTS, DEMO_INVESTMENT_PROJECTS, demoTechChallenges } from './demo-investment.js';
import { DEMO_CLUSTER_OF_CITY, DEMO_GRADE_PROPOSALS, DEMO_REFERENCE_DATA, DEMO_MODERATOR_EMAIL, DEMO_ORGANIZATIONS, DEMO_PASSWORD, demoListings, demoRequirements } from './demo-market.js';

export type Progress = (step: string, done: number, total: number) => void;

export interface SeedResult {
  readonly organizations: number;
  readonly listings: number;
  readonly requirements: number;
  readonly programs: number;
  readonly gradeProposals: number;
  /** Records of the investment databases: enterprises, projects, experts and technology challenges. */
  readonly investmentRecords: number;
}

/**
 * Loads the demo market through the same services the API uses: organisations sign up, listings and
 * requirements are created, submitted and approved by the demo moderator, who also launches a demo
 * first-purchase program and records the reference data (exchange rates, reference prices) price checks compare
 * with; a producer proposes its own grade and drafts a listing on it; the investment databases get the chain's
 * enterprises, projects and experts, and an OEM opens a technology challenge. Organisations that exist already
 * are left alone with their data, so running it again adds nothing.
 */
@Injectable()
export class DemoMarketSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moderators: ModeratorBootstrap,
    private readonly signIn: SignInService,
    private readonly registration: RegistrationService,
    private readonly organizations: OrganizationsService,
    private readonly certificates: CertificationsService,
    private readonly listings: ListingsService,
    private readonly requirements: RequirementsService,
    private readonly programs: ProgramsService,
    private readonly gradeProposals: GradeProposals,
    private readonly reference: ReferenceData,
    private readonly enterprises: EnterpriseDirectory,
    private readonly projects: InvestmentProjects,
    private readonly talent: ExpertDirectory,
    private readonly challenges: TechChallenges,
  ) {}

  async isEmpty(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM organizations LIMIT 1');
    return rows.length === 0;
  }

  async seed(progress: Progress): Promise<SeedResult> {
    await this.moderators.ensureModerator(DEMO_MODERATOR_EMAIL, DEMO_PASSWORD);
    const moderator = viewerOf((await this.signIn.login(DEMO_MODERATOR_EMAIL, DEMO_PASSWORD)).user);

    const created = new Map<string, Viewer>();
    for (const [index, organization] of DEMO_ORGANIZATIONS.entries()) {
      const email = `${organization.key}@demo.magmatch.example`;
      if (!(await this.signIn.hasUser(email))) {
        const { user } = await this.registration.register({
          organizationName: organization.name,
          type: organization.type,
          creditCode: organization.creditCodeBody + creditCodeCheckCharacter(organization.creditCodeBody),
          city: organization.city,
          cluster: DEMO_CLUSTER_OF_CITY[organization.city] ?? null,
          businessType: organization.businessType,
          email,
          password: DEMO_PASSWORD,
        });
        if (organization.capabilities) await this.organizations.setCapabilities(user.organizationId!, organization.capabilities, user.id);
        created.set(organization.key, viewerOf(user));
      }
      progress('organisations', index + 1, DEMO_ORGANIZATIONS.length);
    }

    if (created.size > 0) await this.recordReferenceData(moderator);

    const listings = demoListings().filter((listing) => created.has(listing.supplierKey));
    // Each supplier holds valid certificates for what its listings claim.
    const held = new Map<string, Set<string>>();
    for (const { supplierKey, draft } of listings) {
      for (const code of draft.certifications ?? []) held.set(supplierKey, (held.get(supplierKey) ?? new Set()).add(code));
    }
    for (const [supplierKey, codes] of held) {
      for (const code of codes) {
        await this.certificates.add(created.get(supplierKey)!, { code, validFrom: '2024-01-01', validUntil: '2029-12-31' });
      }
    }

    for (const [index, { supplierKey, draft }] of listings.entries()) {
      const listing = await this.listings.create(created.get(supplierKey)!, draft);
      await this.listings.submit(created.get(supplierKey)!, listing.id);
      await this.listings.moderate(moderator, listing.id, 'APPROVE', null);
      progress('listings', index + 1, listings.length);
    }

    // A producer's own grade waits for approval, with a draft listing that can be submitted once it is approved.
    const proposals = DEMO_GRADE_PROPOSALS.filter((entry) => created.has(entry.producerKey));
    for (const { producerKey, proposal, draftListing } of proposals) {
      await this.gradeProposals.propose(created.get(producerKey)!, proposal);
      await this.listings.create(created.get(producerKey)!, draftListing);
    }

    const requirements = demoRequirements().filter((requirement) => created.has(requirement.buyerKey));
    for (const [index, { buyerKey, draft }] of requirements.entries()) {
      const requirement = await this.requirements.create(created.get(buyerKey)!, draft);
      await this.requirements.submit(created.get(buyerKey)!, requirement.id);
      await this.requirements.moderate(moderator, requirement.id, 'APPROVE', null);
      progress('requirements', index + 1, requirements.length);
    }
    const programs = created.size > 0 ? await this.launchDemoPrograms(moderator) : 0;
    if (programs > 0) progress('programs', programs, programs);
    const investmentRecords = created.size > 0 ? await this.recordInvestmentDatabases(moderator, created) : 0;
    if (investmentRecords > 0) progress('investment databases', investmentRecords, investmentRecords);
    return { organizations: created.size, listings: listings.length, requirements: requirements.length, programs, gradeProposals: proposals.length, investmentRecords };
  }

  /** The chain's enterprises (the demo organisations among them), projects, experts, and an OEM's open technology challenge. */
  private async recordInvestmentDatabases(moderator: Viewer, created: ReadonlyMap<string, Viewer>): Promise<number> {
    for (const { memberKey, ...enterprise } of DEMO_ENTERPRISES) {
      await this.enterprises.create(moderator, { ...enterprise, organizationId: memberKey ? (created.get(memberKey)?.organizationId ?? null) : null });
    }
    for (const project of DEMO_INVESTMENT_PROJECTS) await this.projects.create(moderator, project);
    for (const expert of DEMO_EXPERTS) await this.talent.register(moderator, expert);
    const challenges = demoTechChallenges().filter((challenge) => created.has(challenge.ownerKey));
    for (const { ownerKey, ...draft } of challenges) {
      const challenge = await this.challenges.create(created.get(ownerKey)!, draft);
      await this.challenges.open(created.get(ownerKey)!, challenge.id);
    }
    return DEMO_ENTERPRISES.length + DEMO_INVESTMENT_PROJECTS.length + DEMO_EXPERTS.length + challenges.length;
  }

  /** The exchange rates and reference prices that price checks compare with. */
  private async recordReferenceData(moderator: Viewer): Promise<void> {
    const { exchangeRates, referencePrices } = DEMO_REFERENCE_DATA();
    for (const rate of exchangeRates) await this.reference.setExchangeRate(moderator, rate.currency, rate.cnyPerUnit, rate.date);
    for (const price of referencePrices) await this.reference.recordReferencePrice(moderator, price);
  }

  /**
   * The demo market's programs, each as its level of the state runs it, open for a year from the first start: the
   * national first-batch insurance compensation (a share of the premium, to the producer), a provincial
   * first-purchase program (a share of the purchase, to the buyer), a city per-tonne reward (to the buyer).
   */
  private async launchDemoPrograms(moderator: Viewer): Promise<number> {
    const startsAt = new Date();
    const endsAt = new Date(startsAt.getTime() + 365 * 24 * 60 * 60 * 1000);
    const drafts: ProgramDraft[] = [
      {
        name: '重点新材料首批次应用保险补偿（演示） First-batch insurance compensation (demo)',
        kind: PromotionKind.FIRST_BATCH,
        level: ProgramLevel.NATIONAL,
        legalBasis: 'Modelled on 工信部联原〔2017〕222号 (80 % of the premium; rate counted ≤ 3 %; liability limit counted ≤ 5 × the contract; ≤ 3 policy years). Demo, not the real fund.',
        rules: { buyerMustBeEndUser: true, requiredEvidence: [EvidenceKind.CONTRACT] },
        subsidyModel: SubsidyModel.INSURANCE_PREMIUM,
        beneficiary: Beneficiary.SUPPLIER,
        premiumSharePct: 80,
        maxPremiumRatePct: 3,
        maxLiabilityMultiple: 5,
        maxYears: 3,
        capPerPurchaseCny: 20_000_000,
        budgetCny: 200_000_000,
        startsAt,
        endsAt,
      },
      {
        name: '安徽省镁基新材料首购首用支持（演示） Anhui magnesium first-purchase support (demo)',
        kind: PromotionKind.FIRST_PURCHASE,
        level: ProgramLevel.PROVINCIAL,
        legalBasis: 'Demo program modelled on the provincial magnesium industry plan (2024); not a real policy.',
        rules: {
          scenarios: ['AUTO_SEAT_FRAME', 'AUTO_IP_BEAM', 'BUILDING_FORMWORK', 'EBIKE_FRAME', 'PV_STORAGE_FRAME'],
          buyerMustBeEndUser: true,
          firstPurchaseOfGradeOnly: true,
          minAmountCny: 50_000,
          requiredEvidence: [EvidenceKind.CONTRACT, EvidenceKind.ACCEPTANCE_REPORT],
        },
        subsidyPct: 20,
        capPerPurchaseCny: 500_000,
        budgetCny: 10_000_000,
        startsAt,
        endsAt,
      },
      {
        name: '池州市镁材本地应用奖励（演示） Chizhou local-use reward per tonne (demo)',
        kind: PromotionKind.FIRST_PURCHASE,
        level: ProgramLevel.CITY,
        legalBasis: 'Demo program modelled on city rewards for local use of magnesium; not a real policy.',
        rules: { supplierCities: ['Chizhou'], buyerMustBeEndUser: true },
        subsidyModel: SubsidyModel.PER_TONNE,
        beneficiary: Beneficiary.BUYER,
        subsidyPerTonneCny: 200,
        annualCapCny: 300_000,
        capPerPurchaseCny: 100_000,
        budgetCny: 3_000_000,
        startsAt,
        endsAt,
      },
    ];
    for (const draft of drafts) {
      const program = await this.programs.create(moderator, draft);
      await this.programs.launch(moderator, program.id);
    }
    return drafts.length;
  }
}

const viewerOf = (user: UserEntity): Viewer => ({ userId: user.id, role: user.role, organizationId: user.organizationId });

@Module({
  imports: [IdentityModule, ListingsModule, RequirementsModule, PromotionsModule, CatalogModule, TradeModule, InvestmentModule],
  providers: [DemoMarketSeeder],
  exports: [DemoMarketSeeder],
})
export class DemoMarketModule {}
