import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ApplicationDecisionReason, ApplicationStatus, BeneficiaryKind } from '../generated/schema-types';
import { DependentEntity } from '../officers/dependent.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { CampaignEntity } from '../programmes/campaign.entity';
import { RegionEntity } from '../regions/region.entity';
import { MutableEntity } from '../base/mutable.entity';

/** Every status an application can have (the status column's values). */
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'APPROVED',
  'WAITLISTED',
  'REJECTED',
  'PAID',
  'WITHDRAWN',
];

/** An application to a campaign, drawing on one region's budget and quota. */
@Entity({ name: 'application' })
export class ApplicationEntity extends MutableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** DS-2026-100123: what the applicant's receipt says (README, "Application references"). */
  @Column('text')
  reference!: string;

  @Column('uuid', { name: 'campaign_id' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<CampaignEntity>;

  @Column('text', { name: 'officer_matricule' })
  officerMatricule!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_matricule' })
  officer?: Relation<OfficerEntity>;

  @Column('uuid', { name: 'dependent_id', nullable: true })
  dependentId!: string | null;

  @ManyToOne(() => DependentEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'dependent_id' })
  dependent?: Relation<DependentEntity> | null;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<RegionEntity>;

  @Column('text')
  status!: ApplicationStatus;

  /** Bigint centimes, read as a string to stay exact. */
  @Column('bigint')
  amount!: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  /** Who made the last decision (approve, waitlist, reject, withdraw): their subject. */
  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  /** Why it was waitlisted, rejected or moved up (migration 1768300000000); null for approvals and withdrawals. */
  @Column('text', { name: 'decision_reason_code', nullable: true })
  decisionReasonCode!: ApplicationDecisionReason | null;

  @Column('text', { name: 'decision_reason', nullable: true })
  decisionReason!: string | null;

  /** README "Ranking": computed at submission, higher first. */
  @Column('integer', { name: 'ranking_score' })
  rankingScore!: number;

  /** Who the beneficiary was at submission; null for rows loaded without it (derived on read). */
  @Column('text', { name: 'beneficiary_kind', nullable: true })
  beneficiaryKind!: BeneficiaryKind | null;
}
