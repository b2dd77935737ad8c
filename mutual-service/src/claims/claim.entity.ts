import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import type { CareType, ClaimStatus, RejectionCode } from '../generated/schema-types';
import { ProviderEntity } from '../providers/provider.entity';
import { RegionEntity } from '../regions/region.entity';

/** A care reimbursement file. Amounts are centimes (pg returns bigint as a string). */
@Entity({ name: 'claim' })
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  reference!: string;

  @Column('text', { name: 'beneficiary_id' })
  beneficiaryId!: string;

  @ManyToOne(() => BeneficiaryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: Relation<BeneficiaryEntity>;

  /** Recorded on the claim so the Mutual counts and scopes by region on its own. */
  @Column('text', { name: 'handling_region_code' })
  handlingRegionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handling_region_code' })
  handlingRegion?: Relation<RegionEntity>;

  @Column('uuid', { name: 'provider_id', nullable: true })
  providerId!: string | null;

  @ManyToOne(() => ProviderEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Relation<ProviderEntity> | null;

  @Column('text', { name: 'care_type' })
  careType!: CareType;

  @Column('date', { name: 'care_start_date' })
  careStartDate!: string;

  @Column('date', { name: 'care_end_date' })
  careEndDate!: string;

  @Column('text')
  status!: ClaimStatus;

  @Column('text', { name: 'rejection_code', nullable: true })
  rejectionCode!: RejectionCode | null;

  /** ICD-10 codes: sensitive health data. */
  @Column('text', { name: 'diagnosis_codes', array: true })
  diagnosisCodes!: string[];

  /** The medical advisor's note on the decision. */
  @Column('text', { name: 'decision_note', nullable: true })
  decisionNote!: string | null;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;

  @Column('bigint', { name: 'amount_claimed' })
  amountClaimed!: string;

  @Column('bigint', { name: 'amount_approved', nullable: true })
  amountApproved!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
