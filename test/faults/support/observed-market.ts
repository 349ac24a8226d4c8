import { listingInput, signUp, type Account } from '../../support/market.js';
import type { GraphqlClient } from '../../support/test-app.js';
import type { WebhookReceiver } from '../../support/webhook-receiver.js';

const SEARCH_TOTAL = `query($input: ListingSearchInput!) { searchListings(input: $input) { totalHits } }`;

/** A supplier whose notifications also go, signed, to `receiver`: what reaches it is counted from outside. */
export async function supplierWatchedBy(
  client: GraphqlClient,
  index: number,
  receiver: WebhookReceiver,
  preferences: Record<string, unknown> = {},
): Promise<Account> {
  const supplier = await signUp(client, 'SUPPLIER', index);
  const secret = await client.graphql<{ rotateWebhookSecret: string }>(`mutation { rotateWebhookSecret }`, {}, supplier.token);
  receiver.secret = secret.body.data!.rotateWebhookSecret;
  const updated = await client.graphql(
    `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) }`,
    { input: { channels: ['IN_APP', 'WEBHOOK'], webhookUrl: receiver.url, ...preferences } },
    supplier.token,
  );
  if (updated.body.errors) throw new Error(`preferences refused: ${JSON.stringify(updated.body.errors)}`);
  return supplier;
}

/** Listings created and sent to review, one mutation at a time; their ids. */
export async function listingsInReview(client: GraphqlClient, supplierToken: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const created = await client.graphql<{ createListing: { id: string } }>(
      `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`,
      { input: listingInput({ titleEn: `Fault-test seat frame ${n}` }) },
      supplierToken,
    );
    const id = created.body.data!.createListing.id;
    await client.graphql(`mutation($id: ID!) { submitListing(id: $id) { id } }`, { id }, supplierToken);
    ids.push(id);
  }
  return ids;
}

export function approveListing(client: GraphqlClient, moderatorToken: string, id: string) {
  return client.graphql<{ moderateListing: { id: string; state: string } }>(
    `mutation($id: ID!) { moderateListing(id: $id, decision: APPROVE) { id state } }`,
    { id },
    moderatorToken,
  );
}

export async function indexedListings(client: GraphqlClient): Promise<number> {
  const { body } = await client.graphql<{ searchListings: { totalHits: number } }>(SEARCH_TOTAL, { input: {} });
  return body.data?.searchListings.totalHits ?? -1;
}

/** What became of `sent` notifications of one type, as the webhook receiver saw them. */
export interface DeliveryReport {
  readonly sent: number;
  readonly delivered: number;
  readonly duplicated: number;
  readonly lost: number;
}

export function deliveryReport(receiver: WebhookReceiver, type: string, sent: number): DeliveryReport {
  const accepted = receiver.accepted(type);
  const delivered = new Set(accepted.map((call) => call.deliveryKey)).size;
  return { sent, delivered, duplicated: accepted.length - delivered, lost: sent - delivered };
}
