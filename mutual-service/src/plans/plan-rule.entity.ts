import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { CareType } from '../generated/schema-types';
import { PlanEntity } from './plan.entity';

/** What a plan reimburses for one care type. */
@Entity({ name: 'plan_rule' })
export class PlanRuleEntity {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @PrimaryColumn('text', { name: 'care_type' })
  careType!: CareType;

  /** Share of the tariff reimbursed, exact (0.8000); pg returns numeric as a string. */
  @Column('numeric', { precision: 5, scale: 4 })
  rate!: string;

  /** Centimes; pg returns bigint as a string. */
  @Column('bigint', { name: 'yearly_ceiling' })
  yearlyCeiling!: string;
}
