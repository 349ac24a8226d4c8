import { Injectable } from '@nestjs/common';
import type { LoaderDefinition } from '@magmatch/core';
import type { PriceBook } from '../price.js';
import { ReferenceData } from '../reference/reference-data.service.js';

/** The reference data a GraphQL request checks its prices against, read once per request. */
@Injectable()
export class TradeLoaders {
  readonly priceBook: LoaderDefinition<'current', PriceBook>;

  constructor(reference: ReferenceData) {
    this.priceBook = {
      name: 'trade.priceBook',
      batch: async (keys) => {
        const book = await reference.book();
        return keys.map(() => book);
      },
    };
  }
}
