import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { DomainError, DomainErrorCode, guardedTransition, type Viewer } from '@magmatch/core';
import { ListingReads, ListingsService, type ListingEntity } from '@magmatch/listings';
import { Outbox } from '@magmatch/messaging';
import { RequirementReads, type RequirementEntity } from '@magmatch/requirements';
import { MatchStateChanged } from './match-events.js';
import { MatchEntity, MatchState } from './match.entity.js';
import { ResponseTimes } from './response-times.js';

export interface MatchView {
  readonly match: MatchEntity;
  readonly requirement: RequirementEntity;
  readonly listing: ListingEntity;
}

const { PROPOSED, ENDORSED, DISMISSED, SUPPLIER_INTERESTED, SUPPLIER_DECLINED, ACCEPTED } = MatchState;

/**
 * Stored matches and their lifecycle: PROPOSED → ENDORSED (moderator) or DISMISSED; the supplier responds
 * (SUPPLIER_INTERESTED / SUPPLIER_DECLINED); the buyer accepts an interested supplier (ACCEPTED), which
 * takes the monthly quantity from the listing's capacity and introduces an anonymous buyer.
 */
@Injectable()
export class MatchesService {
  constructor(
    @InjectRepository(MatchEntity) private readonly matches: Repository<MatchEntity>,
    private readonly requirements: RequirementReads,
    private readonly listings: ListingReads,
    private readonly outbox: Outbox,
    private readonly responseTimes: ResponseTimes,
    private readonly listingsService: ListingsService,
  ) {}

  /** The matches of a requirement, best first: for its buyer and moderators. */
  async forRequirement(viewer: Viewer, requirementId: string, first: number): Promise<MatchView[]> {
    const requirement = await this.requirements.byId(requirementId);
    if (!requirement || (viewer.role !== 'MODERATOR' && requirement.buyerId !== viewer.organizationId)) {
      throw new DomainError(DomainErrorCode.NotFound, `No requirement of yours has id ${requirementId}`, 'requirementId');
    }
    return this.views(await this.matches.find({ where: { requirementId }, order: { score: 'DESC', id: 'ASC' }, take: first }));
  }

  /** The matches of a listing, best first: for its supplier and moderators. */
  async forListing(viewer: Viewer, listingId: string, first: number): Promise<MatchView[]> {
    const listing = await this.listings.byId(listingId);
    if (!listing || (viewer.role !== 'MODERATOR' && listing.supplierId !== viewer.organizationId)) {
      throw new DomainError(DomainErrorCode.NotFound, `No listing of yours has id ${listingId}`, 'listingId');
    }
    return this.views(await this.matches.find({ where: { listingId }, order: { score: 'DESC', id: 'ASC' }, take: first }));
  }

  endorse(_moderator: Viewer, id: string): Promise<MatchView> {
    return this.step(id, [PROPOSED], ENDORSED, undefined, { endorsedAt: new Date() });
  }

  /** A moderator or the requirement's buyer sets a match aside. */
  async dismiss(viewer: Viewer, id: string): Promise<MatchView> {
    const { requirement } = await this.view(id);
    if (viewer.role !== 'MODERATOR' && requirement.buyerId !== viewer.organizationId) throw notYours('requirement');
    return this.step(id, [PROPOSED, ENDORSED], DISMISSED);
  }

  /** The listing's supplier says whether it wants to serve the requirement. */
  async respond(supplier: Viewer, id: string, interested: boolean): Promise<MatchView> {
    const { match, listing } = await this.view(id);
    if (listing.supplierId !== supplier.organizationId) throw notYours('listing');
    return this.step(id, [PROPOSED, ENDORSED], interested ? SUPPLIER_INTERESTED : SUPPLIER_DECLINED, (manager) =>
      this.answered(manager, match, listing.supplierId),
    );
  }

  /** Enters in the response log that the supplier answered the match now (its first answer only counts). */
  answered(manager: EntityManager, match: MatchEntity, supplierId: string): Promise<void> {
    return this.responseTimes.record(manager, { organizationId: supplierId, subject: 'match', subjectId: match.id, askedAt: match.createdAt, answeredAt: new Date() });
  }

  /**
   * The buyer accepts an interested supplier. The monthly quantity is taken from the listing's capacity by
   * a conditional UPDATE in the same transaction, so concurrent accepts can never oversell it.
   */
  async accept(buyer: Viewer, id: string): Promise<MatchView> {
    const { requirement, listing } = await this.view(id);
    if (requirement.buyerId !== buyer.organizationId) throw notYours('requirement');
    const reserveAndAnnounce = async (manager: EntityManager) => {
      await this.listingsService.reserveCapacity(manager, listing.id, requirement.quantityTonnesPerMonth);
      await this.announce(manager, id, ACCEPTED);
    };
    await guardedTransition(this.matches, 'match', id, [SUPPLIER_INTERESTED], { state: ACCEPTED }, reserveAndAnnounce);
    return this.view(id);
  }

  /** In the caller's transaction: the match's state, its row locked until the transaction ends. */
  async lockedState(manager: EntityManager, matchId: string): Promise<MatchState> {
    const match = await manager.getRepository(MatchEntity).findOne({ where: { id: matchId }, lock: { mode: 'pessimistic_write' } });
    if (!match) throw new DomainError(DomainErrorCode.NotFound, `No match has id ${matchId}`, 'id');
    return match.state;
  }

  /**
   * In the transaction of an award: the match is ACCEPTED (its buyer introduced), the capacity having been taken
   * by the award. A match accepted already stays as it is.
   */
  async markAwarded(manager: EntityManager, matchId: string): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(MatchEntity)
      .set({ state: ACCEPTED })
      .where('id = :id AND state IN (:...from)', { id: matchId, from: [PROPOSED, ENDORSED, SUPPLIER_INTERESTED] })
      .execute();
    if (result.affected) await this.announce(manager, matchId, ACCEPTED);
  }

  private async step(
    id: string,
    from: MatchState[],
    to: MatchState,
    also?: (manager: EntityManager) => Promise<void>,
    changes: Partial<MatchEntity> = {},
  ): Promise<MatchView> {
    await guardedTransition(this.matches, 'match', id, from, { ...changes, state: to }, async (manager) => {
      await also?.(manager);
      await this.announce(manager, id, to);
    });
    return this.view(id);
  }

  private announce(manager: EntityManager, matchId: string, state: MatchState): Promise<void> {
    return this.outbox.add(manager, MatchStateChanged, { matchId, state }, { idempotencyKey: `match-state:${matchId}:${state}` });
  }

  /** A match with its requirement and listing, whoever asks: callers check that the viewer may see it. NOT_FOUND without it. */
  get(id: string): Promise<MatchView> {
    return this.view(id);
  }

  /** As `get`, but null for an unknown id. */
  async find(id: string): Promise<MatchView | null> {
    const match = await this.matches.findOneBy({ id });
    return match ? (await this.views([match]))[0]! : null;
  }

  private async view(id: string): Promise<MatchView> {
    const view = await this.find(id);
    if (!view) throw new DomainError(DomainErrorCode.NotFound, `No match has id ${id}`, 'id');
    return view;
  }

  private async views(matches: MatchEntity[]): Promise<MatchView[]> {
    if (matches.length === 0) return [];
    const [requirements, listings] = await Promise.all([
      this.requirements.byIds([...new Set(matches.map((match) => match.requirementId))]),
      this.listings.byIds([...new Set(matches.map((match) => match.listingId))]),
    ]);
    const requirementById = new Map(requirements.map((requirement) => [requirement.id, requirement]));
    const listingById = new Map(listings.map((listing) => [listing.id, listing]));
    return matches.map((match) => ({
      match,
      requirement: requirementById.get(match.requirementId)!,
      listing: listingById.get(match.listingId)!,
    }));
  }
}

const notYours = (what: string) => new DomainError(DomainErrorCode.NotPermitted, `This match concerns another organisation's ${what}`);
