/** Who may call each operation of the schema: the table the access and ownership suites check. */
import { listingInput } from '../../../test/support/market.js';
import { UploadFile } from '../../../test/support/test-app.js';

/** `trader`: an organisation with both capabilities (a die-caster that buys ingot), allowed what suppliers or buyers are. */
export type Role = 'anonymous' | 'supplier' | 'buyer' | 'trader' | 'moderator';

const ID = '00000000-0000-4000-8000-000000000000';
const requirementInput = { title: 'Seat frames', quantityTonnesPerMonth: 10 };
const certificate = { code: 'ISO9001', validFrom: '2025-01-01', validUntil: '2027-01-01' };
const program = {
  name: 'Anhui first purchase 2027', kind: 'FIRST_PURCHASE', rules: {}, subsidyPct: 20, capPerPurchaseCny: 100_000, budgetCny: 1_000_000,
  startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-12-31T00:00:00Z',
};
const purchase = { matchId: ID, quantityTonnes: 10, amountCny: 250_000, contractSignedAt: '2027-02-01' };
const price = { amount: 25_000, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW' };
const quote = { matchId: ID, price, quantityTonnesPerMonth: 10, validUntil: '2099-01-01' };

/**
 * Every role-restricted operation, with the roles allowed to call it. Callers outside the list must get
 * UNAUTHENTICATED (anonymous) or FORBIDDEN before anything else is checked.
 */
export const OPERATIONS: { name: string; document: string; variables: Record<string, unknown>; allowed: Role[] }[] = [
  { name: 'me', document: '{ me { id } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'changePassword', document: 'mutation { changePassword(input: { currentPassword: "not-the-password", newPassword: "a-new-long-password" }) }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  // An empty list is refused as input: the table calls it with a value that changes nothing.
  { name: 'setOrganizationCapabilities', document: 'mutation { setOrganizationCapabilities(capabilities: []) { id } }', variables: {}, allowed: ['supplier', 'buyer'] },
  { name: 'verifyOrganization', document: 'mutation($id: ID!) { verifyOrganization(id: $id, level: REVIEWED) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'organizationReviewQueue', document: '{ organizationReviewQueue { id } }', variables: {}, allowed: ['moderator'] },
  { name: 'addOrganizationCertification', document: 'mutation($input: AddCertificationInput!) { addOrganizationCertification(input: $input) { id } }', variables: { input: certificate }, allowed: ['supplier', 'buyer'] },
  { name: 'removeOrganizationCertification', document: 'mutation($id: ID!) { removeOrganizationCertification(id: $id) }', variables: { id: ID }, allowed: ['supplier', 'buyer'] },
  { name: 'createListing', document: 'mutation($input: CreateListingInput!) { createListing(input: $input) { id } }', variables: { input: listingInput() }, allowed: ['supplier'] },
  { name: 'updateListing', document: 'mutation($id: ID!, $input: CreateListingInput!) { updateListing(id: $id, input: $input) { id } }', variables: { id: ID, input: listingInput() }, allowed: ['supplier'] },
  { name: 'submitListing', document: 'mutation($id: ID!) { submitListing(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier'] },
  // A standard grade's name: refused after the access check, so the table changes nothing.
  { name: 'proposeGrade', document: 'mutation { proposeGrade(input: { code: "MDC1D", materialClass: ALLOY, family: "AZ" }) { code } }', variables: {}, allowed: ['supplier'] },
  { name: 'reviewGradeProposal', document: 'mutation { reviewGradeProposal(code: "QYM-NONE", decision: APPROVE) { code } }', variables: {}, allowed: ['moderator'] },
  { name: 'setExchangeRate', document: 'mutation { setExchangeRate(currency: CNY, cnyPerUnit: 1, date: "2026-01-01") { date } }', variables: {}, allowed: ['moderator'] },
  {
    name: 'recordReferencePrice',
    document: 'mutation { recordReferencePrice(input: { series: "", date: "2026-01-01", source: "", price: { amount: 1, currency: CNY, unit: PER_TONNE, taxBasis: VAT_INCLUDED, incoterm: EXW } }) { date } }',
    variables: {},
    allowed: ['moderator'],
  },
  { name: 'publishFirstBatchEdition', document: 'mutation { publishFirstBatchEdition(input: { name: "", issuer: "MIIT", effectiveFrom: "2027-01-01", entries: [] }) { id } }', variables: {}, allowed: ['moderator'] },
  { name: 'verifyFirstBatchClaim', document: 'mutation($id: ID!) { verifyFirstBatchClaim(listingId: $id, entryId: $id) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'moderateListing', document: 'mutation($id: ID!) { moderateListing(id: $id, decision: APPROVE) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'archiveListing', document: 'mutation($id: ID!) { archiveListing(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier', 'moderator'] },
  { name: 'myListings', document: '{ myListings { totalCount } }', variables: {}, allowed: ['supplier'] },
  { name: 'listingReviewQueue', document: '{ listingReviewQueue { totalCount } }', variables: {}, allowed: ['moderator'] },
  { name: 'createRequirement', document: 'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }', variables: { input: requirementInput }, allowed: ['buyer'] },
  { name: 'updateRequirement', document: 'mutation($id: ID!, $input: CreateRequirementInput!) { updateRequirement(id: $id, input: $input) { id } }', variables: { id: ID, input: requirementInput }, allowed: ['buyer'] },
  { name: 'submitRequirement', document: 'mutation($id: ID!) { submitRequirement(id: $id) { id } }', variables: { id: ID }, allowed: ['buyer'] },
  { name: 'moderateRequirement', document: 'mutation($id: ID!) { moderateRequirement(id: $id, decision: APPROVE) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'closeRequirement', document: 'mutation($id: ID!) { closeRequirement(id: $id, outcome: CLOSED) { id } }', variables: { id: ID }, allowed: ['buyer'] },
  { name: 'requirement', document: 'query($id: ID!) { requirement(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'requirements', document: '{ requirements { totalCount } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'myRequirements', document: '{ myRequirements { totalCount } }', variables: {}, allowed: ['buyer'] },
  { name: 'requirementReviewQueue', document: '{ requirementReviewQueue { totalCount } }', variables: {}, allowed: ['moderator'] },
  { name: 'matchesForRequirement', document: 'query($id: ID!) { matchesForRequirement(requirementId: $id) { id } }', variables: { id: ID }, allowed: ['buyer', 'moderator'] },
  { name: 'matchesForListing', document: 'query($id: ID!) { matchesForListing(listingId: $id) { id } }', variables: { id: ID }, allowed: ['supplier', 'moderator'] },
  { name: 'endorseMatch', document: 'mutation($id: ID!) { endorseMatch(id: $id) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'dismissMatch', document: 'mutation($id: ID!) { dismissMatch(id: $id) { id } }', variables: { id: ID }, allowed: ['moderator', 'buyer'] },
  { name: 'respondToMatch', document: 'mutation($id: ID!) { respondToMatch(id: $id, interested: true) { id } }', variables: { id: ID }, allowed: ['supplier'] },
  { name: 'acceptMatch', document: 'mutation($id: ID!) { acceptMatch(id: $id) { id } }', variables: { id: ID }, allowed: ['buyer'] },
  { name: 'confirmListingPriceBasis', document: 'mutation($id: ID!) { confirmListingPriceBasis(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier'] },
  { name: 'submitQuote', document: 'mutation($input: SubmitQuoteInput!) { submitQuote(input: $input) { id } }', variables: { input: quote }, allowed: ['supplier'] },
  { name: 'counterQuote', document: 'mutation($id: ID!, $price: PriceInput!) { counterQuote(id: $id, price: $price) { id } }', variables: { id: ID, price }, allowed: ['buyer'] },
  { name: 'reviseQuote', document: 'mutation($id: ID!, $price: PriceInput!) { reviseQuote(id: $id, price: $price) { id } }', variables: { id: ID, price }, allowed: ['supplier'] },
  { name: 'withdrawQuote', document: 'mutation($id: ID!) { withdrawQuote(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier'] },
  { name: 'declineQuote', document: 'mutation($id: ID!) { declineQuote(id: $id) { id } }', variables: { id: ID }, allowed: ['buyer'] },
  { name: 'awardQuote', document: 'mutation($id: ID!) { awardQuote(id: $id) { id } }', variables: { id: ID }, allowed: ['buyer'] },
  { name: 'quotesForRequirement', document: 'query($id: ID!) { quotesForRequirement(requirementId: $id) { id } }', variables: { id: ID }, allowed: ['buyer', 'moderator'] },
  { name: 'myQuotes', document: '{ myQuotes { id } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'deals', document: '{ deals { id } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'auditLog', document: '{ auditLog { id } }', variables: {}, allowed: ['moderator'] },
  { name: 'notifications', document: '{ notifications { unreadCount } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'markNotificationsRead', document: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', variables: { ids: [ID] }, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'notificationPreferences', document: '{ notificationPreferences { digest } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'updateNotificationPreferences', document: 'mutation { updateNotificationPreferences(input: { digest: WEEKLY }) }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'rotateWebhookSecret', document: 'mutation { rotateWebhookSecret }', variables: {}, allowed: ['supplier', 'buyer'] },
  { name: 'deadNotificationDeliveries', document: '{ deadNotificationDeliveries { id } }', variables: {}, allowed: ['moderator'] },
  { name: 'retryNotificationDelivery', document: 'mutation($id: ID!) { retryNotificationDelivery(id: $id) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'notificationFanOuts', document: '{ notificationFanOuts { id } }', variables: {}, allowed: ['moderator'] },
  { name: 'queueStats', document: '{ queueStats { queue } }', variables: {}, allowed: ['moderator'] },
  { name: 'promotionPrograms', document: '{ promotionPrograms { id } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'createPromotionProgram', document: 'mutation($input: CreatePromotionProgramInput!) { createPromotionProgram(input: $input) { id } }', variables: { input: program }, allowed: ['moderator'] },
  { name: 'updatePromotionProgram', document: 'mutation($id: ID!, $input: CreatePromotionProgramInput!) { updatePromotionProgram(id: $id, input: $input) { id } }', variables: { id: ID, input: program }, allowed: ['moderator'] },
  { name: 'launchPromotionProgram', document: 'mutation($id: ID!) { launchPromotionProgram(id: $id) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'closePromotionProgram', document: 'mutation($id: ID!) { closePromotionProgram(id: $id) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'programReport', document: 'query($id: ID!) { programReport(id: $id) { budgetCny } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'programReportCsv', document: 'query($id: ID!) { programReportCsv(id: $id) }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'recordPurchase', document: 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }', variables: { input: purchase }, allowed: ['buyer'] },
  { name: 'confirmPurchaseDelivery', document: 'mutation($id: ID!) { confirmPurchaseDelivery(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier'] },
  { name: 'recordFirstUse', document: 'mutation($id: ID!) { recordFirstUse(id: $id, firstUseAt: "2027-03-01", succeeded: true) { id } }', variables: { id: ID }, allowed: ['buyer'] },
  { name: 'attachPurchaseEvidence', document: 'mutation($id: ID!, $file: Upload!) { attachPurchaseEvidence(purchaseId: $id, kind: CONTRACT, file: $file) { id } }', variables: { id: ID, file: new UploadFile('c.pdf', Buffer.from('%PDF-1.7\n')) }, allowed: ['buyer', 'supplier'] },
  { name: 'purchase', document: 'query($id: ID!) { purchase(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'myPurchases', document: '{ myPurchases { id } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'applyForPromotion', document: 'mutation($id: ID!) { applyForPromotion(purchaseId: $id, programId: $id) { id } }', variables: { id: ID }, allowed: ['buyer', 'supplier'] },
  {
    name: 'recordInsurancePolicy',
    document: 'mutation($id: ID!) { recordInsurancePolicy(purchaseId: $id, input: { policyNumber: "P-1", insurer: "PICC", premiumCny: 90000, liabilityLimitCny: 6000000, periodFrom: "2027-01-01", periodTo: "2027-12-31" }) { id } }',
    variables: { id: ID },
    allowed: ['supplier'],
  },
  { name: 'reviewPromotionApplication', document: 'mutation($id: ID!) { reviewPromotionApplication(id: $id, decision: APPROVE) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'withdrawPromotionApplication', document: 'mutation($id: ID!) { withdrawPromotionApplication(id: $id) { id } }', variables: { id: ID }, allowed: ['buyer', 'supplier'] },
  { name: 'promotionApplications', document: '{ promotionApplications { id } }', variables: {}, allowed: ['buyer', 'supplier', 'moderator'] },
  { name: 'marketOverview', document: '{ marketOverview { from } }', variables: {}, allowed: ['moderator'] },
  { name: 'marketReportCsv', document: '{ marketReportCsv }', variables: {}, allowed: ['moderator'] },
  { name: 'marketReportXlsx', document: '{ marketReportXlsx }', variables: {}, allowed: ['moderator'] },
  { name: 'createEnterprise', document: 'mutation { createEnterprise(input: { name: "", chainLinks: [] }) { id } }', variables: {}, allowed: ['moderator'] },
  { name: 'updateEnterprise', document: 'mutation($id: ID!) { updateEnterprise(id: $id, input: { name: "", chainLinks: [] }) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'removeEnterprise', document: 'mutation($id: ID!) { removeEnterprise(id: $id) }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'createInvestmentProject', document: 'mutation { createInvestmentProject(input: { name: "", chainLink: SMELTING, stage: PROPOSED }) { id } }', variables: {}, allowed: ['moderator'] },
  {
    name: 'updateInvestmentProject',
    document: 'mutation($id: ID!) { updateInvestmentProject(id: $id, input: { name: "", chainLink: SMELTING, stage: PROPOSED }) { id } }',
    variables: { id: ID },
    allowed: ['moderator'],
  },
  { name: 'removeInvestmentProject', document: 'mutation($id: ID!) { removeInvestmentProject(id: $id) }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'experts', document: '{ experts { id } }', variables: {}, allowed: ['supplier', 'buyer', 'moderator'] },
  { name: 'registerExpert', document: 'mutation { registerExpert(input: { name: "", fields: [] }) { id } }', variables: {}, allowed: ['moderator'] },
  { name: 'updateExpert', document: 'mutation($id: ID!) { updateExpert(id: $id, input: { name: "", fields: [] }) { id } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'removeExpert', document: 'mutation($id: ID!) { removeExpert(id: $id) }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'importRecords', document: 'mutation($file: Upload!) { importRecords(database: ENTERPRISES, file: $file) { imported } }', variables: { file: new UploadFile('e.csv', Buffer.from('name\n')) }, allowed: ['moderator'] },
  { name: 'exportRecords', document: '{ exportRecords(database: EXPERTS, format: CSV) }', variables: {}, allowed: ['moderator'] },
  { name: 'createTechChallenge', document: 'mutation { createTechChallenge(input: { title: "", fields: [] }) { id } }', variables: {}, allowed: ['supplier', 'buyer'] },
  { name: 'updateTechChallenge', document: 'mutation($id: ID!) { updateTechChallenge(id: $id, input: { title: "", fields: [] }) { id } }', variables: { id: ID }, allowed: ['supplier', 'buyer'] },
  { name: 'openTechChallenge', document: 'mutation($id: ID!) { openTechChallenge(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier', 'buyer'] },
  { name: 'closeTechChallenge', document: 'mutation($id: ID!) { closeTechChallenge(id: $id) { id } }', variables: { id: ID }, allowed: ['supplier', 'buyer'] },
  { name: 'awardTechChallenge', document: 'mutation($id: ID!) { awardTechChallenge(id: $id, expertId: $id) { id } }', variables: { id: ID }, allowed: ['supplier', 'buyer'] },
  { name: 'applyToTechChallenge', document: 'mutation($id: ID!) { applyToTechChallenge(challengeId: $id, expertId: $id) { score } }', variables: { id: ID }, allowed: ['moderator'] },
  { name: 'publishProvenApplication', document: 'mutation($id: ID!) { publishProvenApplication(purchaseId: $id, caseText: "Seat frames in series production since 2027") { id } }', variables: { id: ID }, allowed: ['moderator'] },
];
export const ROLES: Role[] = ['anonymous', 'supplier', 'buyer', 'trader', 'moderator'];

/** Whether `role` may call an operation allowed to `allowed` (a trader acts as supplier and as buyer). */
export function mayCall(allowed: readonly Role[], role: Role): boolean {
  return role === 'trader' ? allowed.includes('supplier') || allowed.includes('buyer') : allowed.includes(role);
}
/** Operations open to anyone, signed in or not. */
export const PUBLIC = ['health', 'alloyGrades', 'resolveGrade', 'resolveDesignation', 'grades', 'scenarios', 'certifications', 'tempers', 'listing', 'listings', 'searchListings', 'registerOrganization', 'login', 'refreshAccessToken', 'provenApplications', 'exchangeRates', 'referencePrices', 'compareListings', 'firstBatchEditions', 'priceSeries', 'chainMap', 'enterprises', 'investmentProjects', 'techChallenges', 'techChallenge'];
