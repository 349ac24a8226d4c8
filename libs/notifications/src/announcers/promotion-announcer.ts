import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueuedJob } from '@magmatch/core';
import { MatchesService } from '@magmatch/matching';
import { JobHandler, OnEvent, Outbox } from '@magmatch/messaging';
import {
  ApplicationDecided,
  ApplicationsService,
  Beneficiary,
  Eligibility,
  ProgramsService,
  ProgramState,
  PromotionLaunched,
  PurchaseEligible,
  PurchasesService,
  paymentWords,
  type PromotionProgramEntity,
  type RuleOutcome,
} from '@magmatch/promotions';
import { NotificationFanOut } from '../fan-out.js';
import { RemindProgramClosing } from '../notification-jobs.js';
import { NotificationType } from '../notification-type.js';
import { Recipients } from '../recipients.js';
import { DAY_MS, isoDay } from '../days.js';

export const PROGRAM_CLOSING_NOTICE_DAYS = 3;

const programParams = (program: PromotionProgramEntity) => ({
  programId: program.id,
  program: program.name,
  kind: program.kind,
  paysZh: paymentWords(program).zh,
  paysEn: paymentWords(program).en,
  endsAt: isoDay(program.endsAt),
});

/**
 * Tells eligible buyers when a program opens (in batches: it can be thousands) and 3 days before it closes,
 * both sides of a purchase that may qualify, and the buyer when an application is decided.
 */
@Injectable()
export class PromotionAnnouncer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matches: MatchesService,
    private readonly outbox: Outbox,
    private readonly programs: ProgramsService,
    private readonly purchases: PurchasesService,
    private readonly applications: ApplicationsService,
    private readonly eligibility: Eligibility,
    private readonly recipients: Recipients,
    private readonly fanOut: NotificationFanOut,
  ) {}

  @OnEvent(PromotionLaunched)
  async onLaunched(job: QueuedJob<{ programId: string }>): Promise<void> {
    const program = await this.programs.get(job.payload.programId);
    await this.toEligibleBuyers(`program-launched:${program.id}`, NotificationType.PROMOTION_LAUNCHED, program);
    const remindAt = program.endsAt.getTime() - PROGRAM_CLOSING_NOTICE_DAYS * DAY_MS;
    if (remindAt <= Date.now()) return;
    await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, RemindProgramClosing, { programId: program.id, endsAt: program.endsAt.toISOString() }, {
        idempotencyKey: `remind-program-closing:${program.id}:${program.endsAt.toISOString()}`,
        delayMs: remindAt - Date.now(),
      }),
    );
  }

  /** Fires 3 days before the window closes, unless the program was closed or its window moved since. */
  @JobHandler(RemindProgramClosing)
  async remindClosing(job: QueuedJob<{ programId: string; endsAt: string }>): Promise<void> {
    const program = await this.programs.get(job.payload.programId);
    if (program.state !== ProgramState.LAUNCHED || program.endsAt.toISOString() !== job.payload.endsAt) return;
    await this.toEligibleBuyers(`program-closing:${program.id}:${job.payload.endsAt}`, NotificationType.PROGRAM_CLOSING, program);
  }

  @OnEvent(PurchaseEligible)
  async onPurchaseEligible(job: QueuedJob<{ purchaseId: string; programId: string; outcome: RuleOutcome }>): Promise<void> {
    const [purchase, program] = await Promise.all([this.purchases.get(job.payload.purchaseId), this.programs.get(job.payload.programId)]);
    const { estimatedSubsidyCny } = await this.eligibility.of(purchase, program);
    const { listing: { title: listing } } = await this.matches.get(purchase.matchId);
    const params = {
      ...programParams(program),
      purchaseId: purchase.id,
      listing,
      outcome: job.payload.outcome,
      amountCny: String(purchase.amountCny),
      estimatedSubsidyCny: String(estimatedSubsidyCny ?? 0),
    };
    await this.fanOut.announce(`purchase-eligible:${purchase.id}:${program.id}`, NotificationType.PURCHASE_ELIGIBLE, [
      { userIds: await this.recipients.ofOrganizations([purchase.buyerId, purchase.supplierId]), params },
    ]);
  }

  @OnEvent(ApplicationDecided)
  async onDecided(job: QueuedJob<{ applicationId: string }>): Promise<void> {
    const application = await this.applications.get(job.payload.applicationId);
    const [program, purchase] = await Promise.all([this.programs.get(application.programId), this.purchases.get(application.purchaseId)]);
    await this.fanOut.announce(`application-decided:${job.idempotencyKey}`, NotificationType.APPLICATION_DECIDED, [
      {
        userIds: await this.recipients.ofOrganization(program.beneficiary === Beneficiary.SUPPLIER ? purchase.supplierId : purchase.buyerId),
        params: {
          ...programParams(program),
          applicationId: application.id,
          state: application.state,
          ...(application.grantedCny ? { grantedCny: String(application.grantedCny) } : {}),
          ...(application.reason ? { reason: application.reason } : {}),
        },
      },
    ]);
  }

  private async toEligibleBuyers(key: string, type: NotificationType, program: PromotionProgramEntity): Promise<void> {
    const buyers = await this.programs.eligibleBuyers(program.id);
    await this.fanOut.announce(key, type, [{ userIds: await this.recipients.ofOrganizations(buyers), params: programParams(program) }]);
  }
}
