import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@magmatch/core';
import { toListing } from '@magmatch/listings';
import { ListingSearch } from '../listing-search.js';
import { ListingSearchInput, ListingSearchResult } from './search.models.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: ListingSearch) {}

  @Public()
  @Query(() => ListingSearchResult, { description: 'Full-text search of published listings with filters and facet counts.' })
  async searchListings(@Args('input') input: ListingSearchInput): Promise<ListingSearchResult> {
    const { listings, total, facets } = await this.search.search(input);
    return {
      hits: listings.map(toListing),
      totalHits: total,
      facets: Object.entries(facets).map(([field, counts]) => ({
        field,
        values: Object.entries(counts)
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
    };
  }
}
