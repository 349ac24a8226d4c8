import { Injectable } from '@nestjs/common';
import type { QueuedJob } from '@magmatch/core';
import { OnEvent } from '@magmatch/messaging';
import { QuotesService, QuoteState, QuoteStepped } from '@magmatch/quotes';
import { priceWords } from '@magmatch/trade';
import { NotificationFanOut } from '../fan-out.js';
import { NotificationType } from '../notification-type.js';
import { Recipients } from '../recipients.js';
import { MatchStories, matchParams, type Side } from './match-story.js';

/** Who hears of each step of a quote: the other side; an expiry both. */
const TOLD: Record<QuoteState, { readonly type: NotificationType; readonly audiences: readonly Side[] }> = {
  SUBMITTED: { type: NotificationType.QUOTE_RECEIVED, audiences: ['buyer'] },
  REVISED: { type: NotificationType.QUOTE_RECEIVED, audiences: ['buyer'] },
  COUNTERED: { type: NotificationType.QUOTE_COUNTERED, audiences: ['supplier'] },
  WITHDRAWN: { type: NotificationType.QUOTE_CLOSED, audiences: ['buyer'] },
  DECLINED: { type: NotificationType.QUOTE_CLOSED, audiences: ['supplier'] },
  EXPIRED: { type: NotificationType.QUOTE_CLOSED, audiences: ['buyer', 'supplier'] },
  AWARDED: { type: NotificationType.QUOTE_AWARDED, audiences: ['supplier'] },
};

/** Tells the other side of a quote what just happened to it, with the offer on the table. */
@Injectable()
export class QuoteAnnouncer {
  constructor(
    private readonly quotes: QuotesService,
    private readonly stories: MatchStories,
    private readonly recipients: Recipients,
    private readonly fanOut: NotificationFanOut,
  ) {}

  @OnEvent(QuoteStepped)
  async onStepped(job: QueuedJob<{ quoteId: string; state: QuoteState; step: number }>): Promise<void> {
    const [quote] = await this.quotes.quotesByIds([job.payload.quoteId]);
    const story = quote && (await this.stories.find(quote.matchId));
    if (!quote || !story) return;
    const { type, audiences } = TOLD[job.payload.state];
    const offer = quote.revisions[job.payload.step - 1] ?? quote.revisions.at(-1)!;
    const awarded = job.payload.state === QuoteState.AWARDED;
    const notices = await Promise.all(
      audiences.map(async (audience) => ({
        userIds: await this.recipients.ofOrganization(audience === 'buyer' ? story.buyerId : story.supplierId),
        params: {
          ...matchParams(story, audience, awarded),
          quoteId: quote.id,
          state: job.payload.state,
          price: priceWords(offer.price),
          quantity: String(offer.quantityTonnesPerMonth),
          ...(quote.declineReason ? { reason: quote.declineReason } : {}),
          ...(awarded ? { contact: await this.recipients.contactsOf(story.buyerId) } : {}),
        },
      })),
    );
    await this.fanOut.announce(`quote:${quote.id}:${job.payload.state}:${job.payload.step}`, type, notices);
  }
}
