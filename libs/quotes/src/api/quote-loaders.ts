import { Injectable } from '@nestjs/common';
import { byKeys, type LoaderDefinition } from '@magmatch/core';
import { ListingReads, type ListingEntity } from '@magmatch/listings';
import type { DealEntity } from '../deal.entity.js';
import type { QuoteEntity } from '../quote.entity.js';
import { QuotesService } from '../quotes.service.js';

/** Batched look-ups for the relations of quotes and deals (one query per request and relation). */
@Injectable()
export class QuoteLoaders {
  readonly listingById: LoaderDefinition<string, ListingEntity>;
  readonly quoteById: LoaderDefinition<string, QuoteEntity>;
  readonly dealByQuoteId: LoaderDefinition<string, DealEntity>;

  constructor(listings: ListingReads, quotes: QuotesService) {
    this.listingById = { name: 'quotes.listingById', batch: async (ids) => byKeys(ids, await listings.byIds(ids)) };
    this.quoteById = { name: 'quotes.quoteById', batch: async (ids) => byKeys(ids, await quotes.quotesByIds(ids)) };
    this.dealByQuoteId = {
      name: 'quotes.dealByQuoteId',
      batch: async (quoteIds) => {
        const byQuote = new Map((await quotes.dealsByQuoteIds(quoteIds)).map((deal) => [deal.quoteId, deal]));
        return quoteIds.map((id) => byQuote.get(id) ?? null);
      },
    };
  }
}
