import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Capability } from '@magmatch/core';

export enum OrganizationType {
  SUPPLIER = 'SUPPLIER',
  BUYER = 'BUYER',
  ASSOCIATION = 'ASSOCIATION',
}

/** Raised only by a moderator, one step at a time. */
export enum VerificationLevel {
  LISTED = 'LISTED',
  REVIEWED = 'REVIEWED',
  VERIFIED = 'VERIFIED',
}

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  type: OrganizationType;

  @Column('text', { name: 'credit_code', unique: true })
  creditCode: string;

  @Column('text', { name: 'business_type', nullable: true })
  businessType: string | null;

  @Column('text', { nullable: true })
  city: string | null;

  @Column('text', { nullable: true })
  region: string | null;

  /** The industrial cluster, e.g. "Chizhou–Qingyang" or "Hefei–Chaohu". */
  @Column('text', { nullable: true })
  cluster: string | null;

  /** What it does on the market: SELL, BUY or both, whatever its type (an OEM sells its process scrap). */
  @Column('text', { array: true })
  capabilities: Capability[];

  @Column('text', { name: 'verification_level', default: VerificationLevel.LISTED })
  verificationLevel: VerificationLevel;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
