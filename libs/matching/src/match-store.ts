import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { QueuedJob } from '@magmatch/core';
import { ListingChanged, ListingReads, ReviewState } from '@magmatch/listings';
import { OnEvent, Outbox } from '@magmatch/messaging';
import { RequirementChanged, RequirementReads, RequirementState } from '@magmatch/requirements';
import { MatchEntity } from './match.entity.js';
import { MatchProposed } from './match-events.js';
import { MatchingEngine } from './matching-engine.js';

/** How many of its best listings a requirement keeps as matches. */
const TOP_PER_REQUIREMENT = 20;
/**
 * How many requirements a newly published listing is matched with. Generous on purpose: a requirement
 * that opened while this listing was still being indexed did not see it, and is matched from this side.
 */
const TOP_PER_LISTING = 200;

/**
 * Keeps the stored matches up to date: when a requirement opens or a listing is published, its best
 * matches are computed and stored. Storing is idempotent (one row per requirement and listing), and a
 * match someone already acted on keeps its state and score.
 */
@Injectable()
export class MatchStore {
  constructor(
    private readonly engine: MatchingEngine,
    @InjectRepository(MatchEntity) private readonly matches: Repository<MatchEntity>,
    private readonly requirements: RequirementReads,
    private readonly listings: ListingReads,
    private readonly outbox: Outbox,
  ) {}

  @OnEvent(RequirementChanged)
  async onRequirementChanged(job: QueuedJob<{ requirementId: string }>): Promise<void> {
    const requirement = await this.requirements.byId(job.payload.requirementId);
    if (requirement?.state !== RequirementState.OPEN) return;
    const found = await this.engine.forRequirement(requirement, TOP_PER_REQUIREMENT);
    await this.store(found.map((match) => ({ requirementId: requirement.id, listingId: match.listing.id, supplierId: match.listing.supplierId, ...match })));
  }

  @OnEvent(ListingChanged)
  async onListingChanged(job: QueuedJob<{ listingId: string }>): Promise<void> {
    const listing = await this.listings.byId(job.payload.listingId);
    if (listing?.state !== ReviewState.PUBLISHED) return;
    const found = await this.engine.forListing(listing, TOP_PER_LISTING);
    await this.store(found.map((match) => ({ requirementId: match.requirement.id, listingId: listing.id, supplierId: listing.supplierId, ...match })));
  }

  /** Inserts new matches (each with its `MatchProposed` event) and refreshes untouched proposed ones. */
  private async store(found: Pick<MatchEntity, 'requirementId' | 'listingId' | 'supplierId' | 'score' | 'reasons'>[]): Promise<void> {
    for (const match of found) {
      await this.matches.manager.transaction(async (manager) => {
        const rows: { id: string; inserted: boolean }[] = await manager.query(
          `INSERT INTO matches (requirement_id, listing_id, supplier_id, score, reasons) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (requirement_id, listing_id) DO UPDATE SET score = excluded.score, reasons = excluded.reasons,
             updated_at = now()
           WHERE matches.state = 'PROPOSED'
           RETURNING id, (xmax = 0) AS inserted`,
          [match.requirementId, match.listingId, match.supplierId, match.score, JSON.stringify(match.reasons)],
        );
        const stored = rows[0];
        if (stored?.inserted) {
          await this.outbox.add(manager, MatchProposed, { matchId: stored.id }, { idempotencyKey: `match-proposed:${stored.id}` });
        }
      });
    }
  }
}
