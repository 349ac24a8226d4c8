import type { OrganizationEntity } from '@magmatch/identity';
import { listingContent, type ListingEntity } from '@magmatch/listings';
import { listingDocument } from '@magmatch/marketplace-search';
import { PriceBook } from '@magmatch/trade';
import { DEMO_ORGANIZATIONS, demoListings } from '../../seeds/demo-market.js';

/** The demo market's published listings as the index holds them, published a minute apart. */
export function demoDocuments() {
  return demoListings().map(({ supplierKey, draft }, index) => {
    const supplier = DEMO_ORGANIZATIONS.find((organization) => organization.key === supplierKey)!;
    const listing = {
      ...listingContent(draft, supplierKey),
      id: `listing-${String(index).padStart(3, '0')}`,
      supplierId: supplierKey,
      state: 'PUBLISHED',
      publishedAt: new Date(Date.UTC(2026, 10, 1) + index * 60_000),
    } as unknown as ListingEntity;
    return listingDocument(listing, { name: supplier.name } as OrganizationEntity, new PriceBook([], []));
  });
}
