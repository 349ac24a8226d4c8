import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NoticeParams } from '../templates.js';

export interface MatchStory {
  readonly matchId: string;
  readonly state: string;
  readonly score: number;
  readonly requirementId: string;
  readonly requirementTitle: string;
  readonly quantityTonnesPerMonth: number;
  readonly buyerId: string;
  readonly buyerName: string;
  readonly buyerAnonymous: boolean;
  readonly listingId: string;
  readonly listingTitle: string;
  readonly supplierId: string;
  readonly supplierName: string;
}

export type Side = 'buyer' | 'supplier';

/** A match with the names its notifications mention, read in one statement. */
@Injectable()
export class MatchStories {
  constructor(private readonly dataSource: DataSource) {}

  async find(matchId: string): Promise<MatchStory | null> {
    const [story]: MatchStory[] = await this.dataSource.query(
      `SELECT m.id AS "matchId", m.state, m.score, r.id AS "requirementId", r.title AS "requirementTitle",
              r.quantity_tonnes_per_month AS "quantityTonnesPerMonth", r.buyer_id AS "buyerId", buyer.name AS "buyerName",
              r.visibility = 'ANONYMOUS' AS "buyerAnonymous", l.id AS "listingId", l.title AS "listingTitle",
              l.supplier_id AS "supplierId", supplier.name AS "supplierName"
       FROM matches m
       JOIN requirements r ON r.id = m.requirement_id JOIN organizations buyer ON buyer.id = r.buyer_id
       JOIN listings l ON l.id = m.listing_id JOIN organizations supplier ON supplier.id = l.supplier_id
       WHERE m.id = $1`,
      [matchId],
    );
    return story ?? null;
  }
}

/**
 * What one side is told about a match. The supplier learns an anonymous buyer's name only once
 * `introduced` (the buyer accepted it); the buyer always knows the supplier, whose listing is public.
 */
export function matchParams(story: MatchStory, audience: Side, introduced = false): NoticeParams {
  const buyerVisible = audience === 'buyer' || introduced || !story.buyerAnonymous;
  return {
    audience,
    matchId: story.matchId,
    requirementId: story.requirementId,
    listingId: story.listingId,
    requirement: story.requirementTitle,
    listing: story.listingTitle,
    supplier: story.supplierName,
    score: `${Math.round(story.score * 100)}%`,
    quantity: String(story.quantityTonnesPerMonth),
    ...(buyerVisible ? { buyer: story.buyerName } : {}),
  };
}
