import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OPTIONAL_NUMBER } from '@magmatch/core';

/** DRAFT: seen by its owner only; OPEN: public, taking applications until the deadline; AWARDED to one applicant; CLOSED without an award. */
export const CHALLENGE_STATES = ['DRAFT', 'OPEN', 'AWARDED', 'CLOSED'] as const;
export type ChallengeState = (typeof CHALLENGE_STATES)[number];

/** A technical problem an organisation posts for experts to take on (揭榜挂帅), with a reward and a deadline. */
@Entity({ name: 'tech_challenges' })
export class TechChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** What the problem needs, in the words experts are recorded with: "die casting", "腐蚀防护". */
  @Column('text', { array: true })
  fields: string[];

  /** CNY */
  @Column({ ...OPTIONAL_NUMBER, name: 'reward_cny' })
  rewardCny: number | null;

  /** The last day applications are taken, YYYY-MM-DD. */
  @Column('date', { nullable: true })
  deadline: string | null;

  @Column('text')
  state: ChallengeState;

  /** Null when the award went to an expert whose record was deleted since. */
  @Column('uuid', { name: 'awarded_expert_id', nullable: true })
  awardedExpertId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An expert's application to a challenge, recorded by the association on the expert's behalf (experts hold no accounts). */
@Entity({ name: 'challenge_applications' })
export class ChallengeApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'challenge_id' })
  challengeId: string;

  @Column('uuid', { name: 'expert_id' })
  expertId: string;

  /** How the expert would take the problem on, in the expert's words. */
  @Column('text', { nullable: true })
  proposal: string | null;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;
}
