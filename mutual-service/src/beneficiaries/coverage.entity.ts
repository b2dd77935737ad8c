import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PlanEntity } from '../plans/plan.entity';
import { BeneficiaryEntity } from './beneficiary.entity';

/** A person's affiliation to the Mutual under one plan, for a period. */
@Entity({ name: 'coverage' })
export class CoverageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'beneficiary_id' })
  beneficiaryId!: string;

  @ManyToOne(() => BeneficiaryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: Relation<BeneficiaryEntity>;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column('text', { name: 'member_number', unique: true })
  memberNumber!: string;

  @Column('text', { name: 'compulsory_scheme_reference' })
  compulsorySchemeReference!: string;

  @Column('date', { name: 'start_date' })
  startDate!: string;

  @Column('date', { name: 'end_date', nullable: true })
  endDate!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
