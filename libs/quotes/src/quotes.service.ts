import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { conflictOnDuplicate, DomainError, DomainErrorCode, type QueuedJob, type Viewer } from '@magmatch/core';
import { ListingReads, ListingsService, ReviewState, type ListingEntity } from '@magmatch/listings';
import { MatchesService, MatchState, ResponseTimes, type MatchView } from '@magmatch/matching';
import { OnEvent, Outbox } from '@magmatch/messaging';
import { RequirementChanged, RequirementsService, RequirementState } from '@magmatch/requirements';
import { checkedPrice, ReferenceData, type PriceDraft } from '@magmatch/trade';
import { DealEntity } from './deal.entity.js';
import { QuoteStepped } from './quote-events.js';
import { OPEN_QUOTE_STATES, QuoteEntity, QuoteState, type QuoteRevision } from './quote.entity.js';

export interface QuoteDraft {
  readonly matchId: string;
  readonly price: PriceDraft;
  readonly quantityTonnesPerMonth: number;
  readonly leadTimeDays?: number | null;
  /** YYYY-MM-DD */
  readonly validUntil: string;
  readonly message?: string | null;
  /** Another published listing of the supplier's, offered instead of the matched one … */
  readonly substituteListingId?: string | null;
  /** … and why (another grade, a shorter lead time). */
  readonly substituteReason?: string | null;
}

export interface Offer {
  readonly price: PriceDraft;
  /** The quantity of the offer; the quote's current one when not given. */
  readonly quantityTonnesPerMonth?: number | null;
  readonly message?: string | null;
  /** A supplier's revision may extend the quote's validity (YYYY-MM-DD). */
  readonly validUntil?: string | null;
}

/** How far ahead a quote may be valid. */
const MAX_VALIDITY_DAYS = 180;
const { SUBMITTED, COUNTERED, REVISED, WITHDRAWN, DECLINED, AWARDED, EXPIRED } = QuoteState;
const MATCH_STATES_OPEN_TO_QUOTES = [MatchState.PROPOSED, MatchState.ENDORSED, MatchState.SUPPLIER_INTERESTED];

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Quotes on matches and the deals they end in. A match's supplier quotes (price with its basis, quantity, lead
 * time, validity), possibly offering another of its listings as a substitute; the buyer counters or declines,
 * the supplier revises or withdraws; the buyer awards an open offer of the supplier's, which takes the capacity
 * and records the deal; the expiry job ends quotes past their validity. Each step commits with its event and
 * with the response-log entry of the side that answered. Only the two parties and moderators see a quote.
 */
@Injectable()
export class QuotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matches: MatchesService,
    private readonly listings: ListingsService,
    private readonly listingReads: ListingReads,
    private readonly requirements: RequirementsService,
    private readonly responseTimes: ResponseTimes,
    private readonly outbox: Outbox,
    private readonly reference: ReferenceData,
  ) {}

  async submit(supplier: Viewer, draft: QuoteDraft): Promise<QuoteEntity> {
    const { match, requirement, listing: matched } = await this.matches.get(draft.matchId).catch(() => {
      throw new DomainError(DomainErrorCode.NotFound, `No match has id ${draft.matchId}`, 'matchId');
    });
    if (matched.supplierId !== supplier.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, "This match concerns another organisation's listing", 'matchId');
    }
    if (matched.state !== ReviewState.PUBLISHED) throw new DomainError(DomainErrorCode.Conflict, `The matched listing is ${matched.state}: it takes no quotes`);
    if (requirement.state !== RequirementState.OPEN) throw new DomainError(DomainErrorCode.Conflict, `The requirement is ${requirement.state}: it takes no more quotes`);
    if (!MATCH_STATES_OPEN_TO_QUOTES.includes(match.state)) {
      throw new DomainError(DomainErrorCode.Conflict, `This match is ${match.state}; quotes are made on a match that is ${MATCH_STATES_OPEN_TO_QUOTES.join(', ')}`);
    }
    const listing = draft.substituteListingId ? await this.substitute(supplier, draft, matched) : matched;
    const quantity = checkedQuantity(draft.quantityTonnesPerMonth, listing);
    const price = checkedPrice(draft.price, 'price');
    const message = checkedText(draft.message, 'message', 2_000);
    const now = new Date();
    const revision: QuoteRevision = { by: 'SUPPLIER', price, quantityTonnesPerMonth: quantity, message, at: now.toISOString() };
    return this.dataSource.transaction(async (manager) => {
      const quote = await manager
        .getRepository(QuoteEntity)
        .save(
          manager.getRepository(QuoteEntity).create({
            matchId: match.id,
            requirementId: requirement.id,
            listingId: listing.id,
            supplierId: matched.supplierId,
            buyerId: requirement.buyerId,
            substituteReason: listing.id === matched.id ? null : checkedText(draft.substituteReason, 'substituteReason', 500),
            price,
            quantityTonnesPerMonth: quantity,
            leadTimeDays: draft.leadTimeDays ?? listing.leadTimeDays,
            validUntil: checkedValidity(draft.validUntil),
            message,
            revisions: [revision],
            createdBy: supplier.userId,
          }),
        )
        .catch(conflictOnDuplicate('You have an open quote for this listing on this match: revise it instead', 'matchId'));
      await this.matches.answered(manager, match, matched.supplierId);
      await this.stepped(manager, quote);
      return quote;
    });
  }

  /** The buyer's counter-offer on the supplier's open offer. */
  counter(buyer: Viewer, id: string, offer: Offer): Promise<QuoteEntity> {
    return this.offer(buyer, id, 'BUYER', [SUBMITTED, REVISED], COUNTERED, { ...offer, validUntil: null });
  }

  /** The supplier's new offer, on its own quote or in answer to a counter-offer; it may extend the validity. */
  revise(supplier: Viewer, id: string, offer: Offer): Promise<QuoteEntity> {
    return this.offer(supplier, id, 'SUPPLIER', [SUBMITTED, COUNTERED, REVISED], REVISED, offer);
  }

  async withdraw(supplier: Viewer, id: string): Promise<QuoteEntity> {
    await this.ownQuote(supplier, id, 'SUPPLIER');
    return this.step(id, 'SUPPLIER', OPEN_QUOTE_STATES, () => ({ state: WITHDRAWN }));
  }

  async decline(buyer: Viewer, id: string, reason: string | null): Promise<QuoteEntity> {
    await this.ownQuote(buyer, id, 'BUYER');
    const declineReason = checkedText(reason, 'reason', 500);
    return this.step(id, 'BUYER', OPEN_QUOTE_STATES, () => ({ state: DECLINED, declineReason }));
  }

  /**
   * The buyer awards an open offer of the supplier's (not its own counter-offer) while it is valid. In one
   * transaction, under a lock on the requirement (so concurrent awards on it take turns) and on the quote (so
   * the deal is made of the offer on the table now): the quote AWARDED, the quantity taken from the listing's
   * capacity by a conditional UPDATE (concurrent awards on one listing never oversell it), the deal recorded
   * with the quote's price, terms and its value in CNY/t at today's rates, the match accepted (an anonymous
   * buyer is introduced), and — when the deals now cover the requirement's quantity — the requirement AWARDED
   * and its other open quotes declined with a reason.
   */
  async award(buyer: Viewer, id: string, months: number | null): Promise<DealEntity> {
    const { requirementId } = await this.ownQuote(buyer, id, 'BUYER');
    if (months != null && !(Number.isInteger(months) && months >= 1 && months <= 120)) throw invalid('months', `months must be a whole number from 1 to 120, got ${months}`);
    const prices = await this.reference.book();
    return this.dataSource.transaction(async (manager) => {
      const requirement = await this.requirements.lockOpen(manager, requirementId);
      const quote = await this.locked(manager, id);
      if (quote.state === COUNTERED) {
        throw new DomainError(DomainErrorCode.Conflict, 'The offer on the table is your counter-offer: the supplier must revise the quote before you can award it');
      }
      if (quote.state !== SUBMITTED && quote.state !== REVISED) throw new DomainError(DomainErrorCode.Conflict, `This quote is ${quote.state}: it can no longer be awarded`);
      if (quote.validUntil < today()) {
        throw new DomainError(DomainErrorCode.Conflict, `This quote was valid until ${quote.validUntil}: the supplier can revise it with a new validUntil`);
      }
      const matchState = await this.matches.lockedState(manager, quote.matchId);
      if (!MATCH_STATES_OPEN_TO_QUOTES.includes(matchState)) {
        throw new DomainError(DomainErrorCode.Conflict, `The match is ${matchState} (accepted off the platform, or set aside): it awards no quote`);
      }
      await manager.getRepository(QuoteEntity).update({ id }, { state: AWARDED });
      await this.listings.reserveCapacity(manager, quote.listingId, quote.quantityTonnesPerMonth);
      const deals = manager.getRepository(DealEntity);
      const deal = await deals.save(
        deals.create({
          quoteId: quote.id,
          matchId: quote.matchId,
          requirementId: quote.requirementId,
          listingId: quote.listingId,
          buyerId: quote.buyerId,
          supplierId: quote.supplierId,
          price: quote.price,
          cnyPerTonneVatIncluded: prices.cnyPerTonne(quote.price),
          quantityTonnesPerMonth: quote.quantityTonnesPerMonth,
          months: months ?? requirement.durationMonths,
        }),
      );
      await this.answered(manager, quote, 'BUYER');
      await this.matches.markAwarded(manager, quote.matchId);
      await this.stepped(manager, { ...quote, state: AWARDED });
      const [{ covered }]: { covered: number }[] = await manager.query(
        `SELECT coalesce(sum(quantity_tonnes_per_month), 0)::float8 AS covered FROM deals WHERE requirement_id = $1`,
        [quote.requirementId],
      );
      if (covered >= requirement.quantityTonnesPerMonth) {
        await this.requirements.markAwarded(manager, quote.requirementId);
        await this.declineOpen(manager, quote.requirementId, 'the buyer awarded the requirement to another offer');
      }
      return deal;
    });
  }

  /**
   * The hourly maintenance: open quotes past their validity become EXPIRED, and open quotes of requirements
   * that are no longer open (closed, expired) are declined, each with its event; idempotent. Returns how many.
   */
  async expireOverdue(): Promise<number> {
    let ended = await this.dataSource.transaction(async (manager) => {
      const [expired]: [{ id: string; revisions: QuoteRevision[] }[]] = await manager.query(
        `UPDATE quotes SET state = 'EXPIRED', updated_at = now() WHERE state = ANY($1::text[]) AND valid_until < current_date RETURNING id, revisions`,
        [OPEN_QUOTE_STATES],
      );
      for (const quote of expired) await this.stepped(manager, { ...quote, state: EXPIRED });
      return expired.length;
    });
    const open = await this.quotes().find({ where: { state: In([...OPEN_QUOTE_STATES]) }, select: { requirementId: true } });
    const closed = await this.requirements.notOpen([...new Set(open.map((quote) => quote.requirementId))]);
    for (const { id, state } of closed) ended += await this.closeQuotesOf(id, state);
    return ended;
  }

  /** When a requirement stops being open (closed, expired, back in review), its open quotes are declined, saying why. */
  @OnEvent(RequirementChanged)
  async onRequirementChanged(job: QueuedJob<{ requirementId: string }>): Promise<void> {
    const [closed] = await this.requirements.notOpen([job.payload.requirementId]);
    if (closed) await this.closeQuotesOf(closed.id, closed.state);
  }

  private closeQuotesOf(requirementId: string, state: string): Promise<number> {
    return this.dataSource.transaction((manager) => this.declineOpen(manager, requirementId, `the requirement is ${state}`));
  }

  /** A quote its supplier, its buyer or a moderator may see; NOT_FOUND for anyone else. */
  async visible(viewer: Viewer, id: string): Promise<QuoteEntity> {
    const quote = await this.quotes().findOneBy({ id });
    if (!quote || !(viewer.role === 'MODERATOR' || [quote.supplierId, quote.buyerId].includes(viewer.organizationId ?? ''))) {
      throw new DomainError(DomainErrorCode.NotFound, `No quote of yours has id ${id}`, 'id');
    }
    return quote;
  }

  /** The quotes on a requirement, newest first: for its buyer and moderators. */
  async forRequirement(viewer: Viewer, requirementId: string): Promise<QuoteEntity[]> {
    const requirement = await this.requirements.visible(viewer, requirementId).catch(() => null);
    if (!requirement || (viewer.role !== 'MODERATOR' && requirement.buyerId !== viewer.organizationId)) {
      throw new DomainError(DomainErrorCode.NotFound, `No requirement of yours has id ${requirementId}`, 'requirementId');
    }
    return this.quotes().find({ where: { requirementId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** The quotes the viewer's organisation made or received, newest first (all of them for moderators). */
  mine(viewer: Viewer): Promise<QuoteEntity[]> {
    const order = { createdAt: 'DESC', id: 'ASC' } as const;
    if (viewer.role === 'MODERATOR') return this.quotes().find({ order, take: 200 });
    const organizationId = viewer.organizationId ?? '';
    return this.quotes().find({ where: [{ supplierId: organizationId }, { buyerId: organizationId }], order, take: 200 });
  }

  /** Deals the viewer's organisation is party to, newest first (all of them for moderators). */
  deals(viewer: Viewer): Promise<DealEntity[]> {
    const deals = this.dataSource.getRepository(DealEntity);
    const order = { signedAt: 'DESC', id: 'ASC' } as const;
    if (viewer.role === 'MODERATOR') return deals.find({ order, take: 200 });
    const organizationId = viewer.organizationId ?? '';
    return deals.find({ where: [{ supplierId: organizationId }, { buyerId: organizationId }], order, take: 200 });
  }

  /** A deal its parties or a moderator may see; NOT_FOUND for anyone else. */
  async deal(viewer: Viewer, id: string, field = 'id'): Promise<DealEntity> {
    const deal = await this.dataSource.getRepository(DealEntity).findOneBy({ id });
    if (!deal || !(viewer.role === 'MODERATOR' || [deal.supplierId, deal.buyerId].includes(viewer.organizationId ?? ''))) {
      throw new DomainError(DomainErrorCode.NotFound, `No deal of yours has id ${id}`, field);
    }
    return deal;
  }

  quotesByIds(ids: readonly string[]): Promise<QuoteEntity[]> {
    return ids.length ? this.quotes().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  dealsByQuoteIds(quoteIds: readonly string[]): Promise<DealEntity[]> {
    return quoteIds.length ? this.dataSource.getRepository(DealEntity).findBy({ quoteId: In([...quoteIds]) }) : Promise.resolve([]);
  }

  matchOf(matchId: string): Promise<MatchView> {
    return this.matches.get(matchId);
  }

  private async offer(viewer: Viewer, id: string, by: QuoteRevision['by'], from: QuoteState[], to: QuoteState, offer: Offer): Promise<QuoteEntity> {
    const listing = await this.listingOf(await this.ownQuote(viewer, id, by));
    const price = checkedPrice(offer.price, 'price');
    const quantity = offer.quantityTonnesPerMonth == null ? null : checkedQuantity(offer.quantityTonnesPerMonth, listing);
    const message = checkedText(offer.message, 'message', 2_000);
    const validUntil = offer.validUntil ? checkedValidity(offer.validUntil) : null;
    return this.step(id, by, from, (quote) => {
      const revision: QuoteRevision = { by, price, quantityTonnesPerMonth: quantity ?? quote.quantityTonnesPerMonth, message, at: new Date().toISOString() };
      return { state: to, price, quantityTonnesPerMonth: revision.quantityTonnesPerMonth, revisions: [...quote.revisions, revision], ...(validUntil ? { validUntil } : {}) };
    });
  }

  /**
   * One step of a quote under a lock on its row: the current row is checked against `from` and changed by
   * `change`, with its event and the response-log entry of the side that answered, so concurrent steps take
   * turns and none is lost.
   */
  private step(id: string, by: QuoteRevision['by'], from: readonly QuoteState[], change: (quote: QuoteEntity) => Partial<QuoteEntity>): Promise<QuoteEntity> {
    return this.dataSource.transaction(async (manager) => {
      const quote = await this.locked(manager, id);
      if (!from.includes(quote.state)) throw new DomainError(DomainErrorCode.Conflict, `This quote is ${quote.state}; that step needs it to be ${from.join(' or ')}`);
      const changes = change(quote);
      await manager.getRepository(QuoteEntity).update({ id }, changes as never);
      await this.answered(manager, quote, by);
      await this.stepped(manager, { ...quote, ...changes });
      return manager.getRepository(QuoteEntity).findOneByOrFail({ id });
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<QuoteEntity> {
    return (await manager.getRepository(QuoteEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }))!;
  }

  /** When `by` answers the other side's last offer, the time it took enters the response log. */
  private async answered(manager: EntityManager, quote: QuoteEntity, by: QuoteRevision['by']): Promise<void> {
    const last = quote.revisions.at(-1);
    if (!last || last.by === by) return;
    const organizationId = by === 'SUPPLIER' ? quote.supplierId : quote.buyerId;
    await this.responseTimes.record(manager, { organizationId, subject: 'quote', subjectId: quote.id, askedAt: new Date(last.at), answeredAt: new Date() });
  }

  private stepped(manager: EntityManager, quote: Pick<QuoteEntity, 'id' | 'state' | 'revisions'>): Promise<void> {
    const step = quote.revisions.length;
    return this.outbox.add(manager, QuoteStepped, { quoteId: quote.id, state: quote.state, step }, { idempotencyKey: `quote:${quote.id}:${quote.state}:${step}` });
  }

  /** Declines the requirement's open quotes with `reason`, each with its event; a quote that moved meanwhile is left alone. */
  private async declineOpen(manager: EntityManager, requirementId: string, reason: string): Promise<number> {
    const open = await manager.getRepository(QuoteEntity).find({ where: { requirementId, state: In([...OPEN_QUOTE_STATES]) } });
    let declined = 0;
    for (const quote of open) {
      const { affected } = await manager.getRepository(QuoteEntity).update({ id: quote.id, state: quote.state }, { state: DECLINED, declineReason: reason });
      if (!affected) continue;
      await this.stepped(manager, { ...quote, state: DECLINED });
      declined += 1;
    }
    return declined;
  }

  /** A quote of the viewer's side: its supplier (`SUPPLIER`) or its buyer (`BUYER`). */
  private async ownQuote(viewer: Viewer, id: string, side: QuoteRevision['by']): Promise<QuoteEntity> {
    const quote = await this.visible(viewer, id);
    const owner = side === 'SUPPLIER' ? quote.supplierId : quote.buyerId;
    if (owner !== viewer.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, side === 'SUPPLIER' ? 'Only the quoting supplier may take this step' : "Only the requirement's buyer may take this step");
    }
    return quote;
  }

  /** The listing offered instead of the matched one: the supplier's own, published, of the same material class. */
  private async substitute(supplier: Viewer, draft: QuoteDraft, matched: ListingEntity): Promise<ListingEntity> {
    const listing = await this.listings.visible(supplier, draft.substituteListingId!).catch(() => null);
    if (!listing || listing.supplierId !== supplier.organizationId || listing.state !== ReviewState.PUBLISHED) {
      throw invalid('substituteListingId', `substituteListingId must name a published listing of yours, got ${draft.substituteListingId}`);
    }
    if (listing.materialClass !== matched.materialClass) {
      throw invalid('substituteListingId', `a substitute must be of the matched listing's material class (${matched.materialClass}), not ${listing.materialClass}`);
    }
    if (!draft.substituteReason?.trim()) throw invalid('substituteReason', 'say why you offer another listing (substituteReason), e.g. "AM50A: higher elongation, same price"');
    return listing;
  }

  private async listingOf(quote: QuoteEntity): Promise<ListingEntity> {
    return (await this.listingReads.byId(quote.listingId))!;
  }

  private quotes() {
    return this.dataSource.getRepository(QuoteEntity);
  }
}

function checkedQuantity(quantity: number, listing: ListingEntity): number {
  const free = listing.monthlyCapacityTonnes - listing.committedTonnesPerMonth;
  if (!(quantity > 0)) throw invalid('quantityTonnesPerMonth', `quantityTonnesPerMonth must be above 0, got ${quantity}`);
  if (quantity > free) throw invalid('quantityTonnesPerMonth', `quantityTonnesPerMonth ${quantity} exceeds the listing's free capacity of ${free} t/month`);
  return quantity;
}

function checkedValidity(validUntil: string): string {
  const latest = new Date(Date.now() + MAX_VALIDITY_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (validUntil < today() || validUntil > latest) throw invalid('validUntil', `validUntil must be from today to ${latest} (${MAX_VALIDITY_DAYS} days ahead), got ${validUntil}`);
  return validUntil;
}

function checkedText(text: string | null | undefined, field: string, max: number): string | null {
  const trimmed = text?.trim() || null;
  if (trimmed && trimmed.length > max) throw invalid(field, `${field} must be at most ${max} characters long`);
  return trimmed;
}
