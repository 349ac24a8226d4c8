import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, type Repository } from 'typeorm';
import type { MaterialClass, ProductForm } from '@magmatch/catalog';
import { RequirementEntity, RequirementState, Visibility } from './requirement.entity.js';

/** What a published listing offers, as far as choosing the open requirements it could serve goes. */
export interface ServableOffer {
  readonly materialClass: MaterialClass;
  readonly supplierId: string;
  /** Null for scrap, which serves by alloy family (checked by matching's hard constraints). */
  readonly grade: string | null;
  readonly form: ProductForm;
  readonly monthlyCapacityTonnes: number;
  readonly certifications: readonly string[];
}

/** An open requirement's demand, for monitoring: who asks, for what scenario and material, how much per month. */
export interface OpenDemand {
  readonly id: string;
  readonly title: string;
  readonly buyerId: string;
  readonly scenario: string | null;
  readonly materialClass: MaterialClass;
  readonly acceptableGrades: readonly string[];
  readonly form: ProductForm | null;
  readonly quantityTonnesPerMonth: number;
}

/** A requirement that has opened: when, and where it stands now. */
export interface OpenedRequirement {
  readonly id: string;
  readonly buyerId: string;
  readonly openedAt: Date;
  readonly state: RequirementState;
}

/**
 * The requirements table's rows for other modules: by id, the open ones matching looks at, and the demand
 * monitoring adds up. Callers check that their reader may see what they show.
 */
@Injectable()
export class RequirementReads {
  constructor(@InjectRepository(RequirementEntity) private readonly requirements: Repository<RequirementEntity>) {}

  /** Requirements by id in any state. */
  byIds(ids: readonly string[]): Promise<RequirementEntity[]> {
    return ids.length ? this.requirements.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  async byId(id: string): Promise<RequirementEntity | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  /**
   * Open requirements of other buyers that `offer` could serve on grade, form, quantity and certifications;
   * matching's hard constraints judge the rest.
   */
  openServableBy(offer: ServableOffer): Promise<RequirementEntity[]> {
    return this.openOfClass(offer)
      .andWhere(offer.grade === null ? 'TRUE' : "(requirement.acceptable_grades = '{}' OR :grade = ANY(requirement.acceptable_grades))", { grade: offer.grade })
      .andWhere('(requirement.form IS NULL OR requirement.form = :form)', { form: offer.form })
      .andWhere('requirement.quantity_tonnes_per_month <= :capacity', { capacity: offer.monthlyCapacityTonnes })
      .andWhere('requirement.required_certifications <@ :certifications', { certifications: offer.certifications })
      .getMany();
  }

  /** The `limit` most recently opened requirements of the class, of other buyers, that everyone may see (not MATCHED_ONLY). */
  recentlyOpenedOfClass(offer: Pick<ServableOffer, 'materialClass' | 'supplierId'>, limit: number): Promise<RequirementEntity[]> {
    return this.openOfClass(offer)
      .andWhere('requirement.visibility <> :matchedOnly', { matchedOnly: Visibility.MATCHED_ONLY })
      .orderBy('requirement.openedAt', 'DESC')
      .take(limit)
      .getMany();
  }

  /** The buyers with a submitted requirement (any state but DRAFT) in one of `scenarios`, or in any when none are given. */
  async buyersWithSubmitted(scenarios: readonly string[]): Promise<string[]> {
    const query = this.requirements.createQueryBuilder('requirement').select('DISTINCT requirement.buyer_id', 'buyer_id').where('requirement.state <> :draft', { draft: RequirementState.DRAFT });
    if (scenarios.length) query.andWhere('requirement.scenario IN (:...scenarios)', { scenarios });
    return (await query.getRawMany<{ buyer_id: string }>()).map((row) => row.buyer_id);
  }

  /** Every open requirement's demand. */
  async openDemand(): Promise<OpenDemand[]> {
    return this.requirements.find({
      where: { state: RequirementState.OPEN },
      select: { id: true, title: true, buyerId: true, scenario: true, materialClass: true, acceptableGrades: true, form: true, quantityTonnesPerMonth: true },
    });
  }

  /** Every requirement that has opened (its last opening), with its state now. */
  async opened(): Promise<OpenedRequirement[]> {
    const rows = await this.requirements.find({ where: { openedAt: Not(IsNull()) }, select: { id: true, buyerId: true, openedAt: true, state: true } });
    return rows.map((row) => ({ id: row.id, buyerId: row.buyerId, openedAt: row.openedAt!, state: row.state }));
  }

  private openOfClass(offer: Pick<ServableOffer, 'materialClass' | 'supplierId'>) {
    return this.requirements
      .createQueryBuilder('requirement')
      .where('requirement.state = :state', { state: RequirementState.OPEN })
      .andWhere('requirement.material_class = :materialClass', { materialClass: offer.materialClass })
      .andWhere('requirement.buyer_id <> :supplierId', { supplierId: offer.supplierId });
  }
}
