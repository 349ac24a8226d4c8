import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar, RequestLoaders, RequireRoles, type Viewer } from '@magmatch/core';
import { CurrentViewer, IdentityLoaders, Organization, OrganizationType } from '@magmatch/identity';
import { Listing, toListing } from '@magmatch/listings';
import { Match, toMatch } from '@magmatch/matching';
import { PriceCheckModel, PriceInput, TradeLoaders, type PriceCheck } from '@magmatch/trade';
import type { QuoteEntity } from '../quote.entity.js';
import { QuotesService } from '../quotes.service.js';
import { QuoteLoaders } from './quote-loaders.js';
import { Deal, Quote, SubmitQuoteInput } from './quote.models.js';

/** Quotes on matches: the supplier quotes and revises, the buyer counters, declines and awards. */
@Resolver(() => Quote)
export class QuotesResolver {
  constructor(
    private readonly quotes: QuotesService,
    private readonly identityLoaders: IdentityLoaders,
    private readonly tradeLoaders: TradeLoaders,
    private readonly quoteLoaders: QuoteLoaders,
  ) {}

  @RequireRoles('BUYER', 'MODERATOR')
  @Query(() => [Quote], { description: 'The quotes on one of your requirements, newest first (moderators: any).' })
  async quotesForRequirement(@CurrentViewer() viewer: Viewer, @Args('requirementId', { type: () => ID }) requirementId: string): Promise<Quote[]> {
    return (await this.quotes.forRequirement(viewer, requirementId)).map(toQuote);
  }

  @RequireRoles('SELLER', 'BUYER', 'MODERATOR')
  @Query(() => [Quote], { description: 'The quotes your organisation made or received, newest first (moderators: all, the latest 200).' })
  async myQuotes(@CurrentViewer() viewer: Viewer): Promise<Quote[]> {
    return (await this.quotes.mine(viewer)).map(toQuote);
  }

  @RequireRoles('SELLER')
  @Mutation(() => Quote, { description: "Quotes on a match of your listing's: price with its basis, quantity, lead time, validity; optionally another listing of yours as a substitute." })
  async submitQuote(@CurrentViewer() supplier: Viewer, @Args('input') input: SubmitQuoteInput): Promise<Quote> {
    return toQuote(await this.quotes.submit(supplier, input));
  }

  @RequireRoles('BUYER')
  @Mutation(() => Quote, { description: "The buyer's counter-offer on the supplier's open offer." })
  async counterQuote(
    @CurrentViewer() buyer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('price') price: PriceInput,
    @Args('quantityTonnesPerMonth', { type: () => Float, nullable: true }) quantityTonnesPerMonth?: number | null,
    @Args('message', { type: () => String, nullable: true }) message?: string | null,
  ): Promise<Quote> {
    return toQuote(await this.quotes.counter(buyer, id, { price, quantityTonnesPerMonth, message }));
  }

  @RequireRoles('SELLER')
  @Mutation(() => Quote, { description: "The supplier's new offer on its quote, or its answer to a counter-offer; `validUntil` extends the quote's validity." })
  async reviseQuote(
    @CurrentViewer() supplier: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('price') price: PriceInput,
    @Args('quantityTonnesPerMonth', { type: () => Float, nullable: true }) quantityTonnesPerMonth?: number | null,
    @Args('message', { type: () => String, nullable: true }) message?: string | null,
    @Args('validUntil', { type: () => DateScalar, nullable: true }) validUntil?: string | null,
  ): Promise<Quote> {
    return toQuote(await this.quotes.revise(supplier, id, { price, quantityTonnesPerMonth, message, validUntil }));
  }

  @RequireRoles('SELLER')
  @Mutation(() => Quote, { description: 'The supplier takes its open quote back.' })
  async withdrawQuote(@CurrentViewer() supplier: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Quote> {
    return toQuote(await this.quotes.withdraw(supplier, id));
  }

  @RequireRoles('BUYER')
  @Mutation(() => Quote, { description: 'The buyer declines an open quote, with a reason the supplier reads.' })
  async declineQuote(
    @CurrentViewer() buyer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Quote> {
    return toQuote(await this.quotes.decline(buyer, id, reason ?? null));
  }

  @RequireRoles('BUYER')
  @Mutation(() => Deal, { description: "Awards the supplier's open offer: takes the capacity atomically and records the deal; `months` defaults to the requirement's duration." })
  async awardQuote(
    @CurrentViewer() buyer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('months', { type: () => Int, nullable: true }) months?: number | null,
  ): Promise<Deal> {
    return await this.quotes.award(buyer, id, months ?? null);
  }

  @ResolveField(() => Match, { description: 'The match quoted on; an anonymous buyer is named to the supplier only once it awards.' })
  async match(@CurrentViewer() viewer: Viewer, @Parent() quote: Quote): Promise<Match> {
    return toMatch(viewer, await this.quotes.matchOf(quote.matchId));
  }

  @ResolveField(() => Listing, { description: "The listing offered: the match's, or the supplier's substitute (see substituteReason)." })
  async listing(@Parent() quote: Quote, @Context('loaders') loaders: RequestLoaders): Promise<Listing> {
    return toListing((await loaders.load(this.quoteLoaders.listingById, quote.listingId))!);
  }

  @ResolveField(() => Organization)
  async supplier(@Parent() quote: Quote, @Context('loaders') loaders: RequestLoaders): Promise<Organization> {
    return (await loaders.load(this.identityLoaders.organizationById, quote.supplierId))!;
  }

  @ResolveField(() => PriceCheckModel, { description: "The offer on the table converted and checked against the reference price of the offered listing's grade in its form." })
  async priceCheck(@Parent() quote: Quote, @Context('loaders') loaders: RequestLoaders): Promise<PriceCheck> {
    const [book, listing] = await Promise.all([loaders.load(this.tradeLoaders.priceBook, 'current'), loaders.load(this.quoteLoaders.listingById, quote.listingId)]);
    return book!.check(quote.price, listing?.grade ?? null, listing?.form ?? '');
  }

  @ResolveField(() => Deal, { nullable: true, description: 'The deal an award made of it.' })
  async deal(@Parent() quote: Quote, @Context('loaders') loaders: RequestLoaders): Promise<Deal | null> {
    return loaders.load(this.quoteLoaders.dealByQuoteId, quote.id);
  }
}

/** Deals: the parties' own, all for moderators. */
@Resolver(() => Deal)
export class DealsResolver {
  constructor(
    private readonly quotes: QuotesService,
    private readonly identityLoaders: IdentityLoaders,
    private readonly quoteLoaders: QuoteLoaders,
  ) {}

  @RequireRoles('SELLER', 'BUYER', 'MODERATOR')
  @Query(() => [Deal], { description: 'The deals your organisation is party to, newest first (moderators: all, the latest 200).' })
  async deals(@CurrentViewer() viewer: Viewer): Promise<Deal[]> {
    return this.quotes.deals(viewer);
  }

  @ResolveField(() => Quote)
  async quote(@Parent() deal: Deal, @Context('loaders') loaders: RequestLoaders): Promise<Quote> {
    return toQuote((await loaders.load(this.quoteLoaders.quoteById, deal.quoteId))!);
  }

  @ResolveField(() => Organization)
  async buyer(@Parent() deal: Deal, @Context('loaders') loaders: RequestLoaders): Promise<Organization> {
    return (await loaders.load(this.identityLoaders.organizationById, deal.buyerId))!;
  }

  @ResolveField(() => Organization)
  async supplier(@Parent() deal: Deal, @Context('loaders') loaders: RequestLoaders): Promise<Organization> {
    return (await loaders.load(this.identityLoaders.organizationById, deal.supplierId))!;
  }
}

/** What GraphQL shows of a quote; the reader's right to see it was checked when it was read. */
export function toQuote(entity: QuoteEntity): Quote {
  return {
    ...entity,
    revisions: entity.revisions.map((revision) => ({
      ...revision,
      by: revision.by === 'SUPPLIER' ? OrganizationType.SUPPLIER : OrganizationType.BUYER,
      at: new Date(revision.at),
    })),
  };
}
