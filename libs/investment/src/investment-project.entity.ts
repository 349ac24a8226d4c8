import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ChainLink } from '@magmatch/catalog';
import { OPTIONAL_NUMBER } from '@magmatch/core';

export const PROJECT_STAGES = ['PROPOSED', 'PLANNING', 'SEEKING_PARTNERS', 'UNDER_CONSTRUCTION', 'OPERATING'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/** A project that would fill a link of the chain: where, how much, how far, and what it seeks (capital, land, partners, technology). */
@Entity({ name: 'investment_projects' })
export class InvestmentProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'chain_link' })
  chainLink: ChainLink;

  @Column('text', { nullable: true })
  city: string | null;

  @Column('text', { nullable: true })
  cluster: string | null;

  /** CNY */
  @Column({ ...OPTIONAL_NUMBER, name: 'investment_cny' })
  investmentCny: number | null;

  @Column('text')
  stage: ProjectStage;

  @Column('text', { array: true, default: '{}' })
  seeking: string[];

  /** The enterprise behind it, if it is in the database. */
  @Column('uuid', { name: 'enterprise_id', nullable: true })
  enterpriseId: string | null;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
