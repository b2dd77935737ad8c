import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CareType } from '../generated/schema-types';

/** The reference tariff of one act, the basis of reimbursement. */
@Entity({ name: 'act_tariff' })
export class ActTariffEntity {
  @PrimaryColumn('text', { name: 'act_code' })
  actCode!: string;

  @Column('text', { name: 'care_type' })
  careType!: CareType;

  @Column('text')
  label!: string;

  @Column('text', { name: 'label_ar' })
  labelAr!: string;

  /** Centimes per unit of the act. */
  @Column('bigint')
  tariff!: string;
}
