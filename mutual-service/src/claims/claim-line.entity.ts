import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ActTariffEntity } from '../plans/act-tariff.entity';
import { ClaimEntity } from './claim.entity';

/** One act of a claim. Amounts are centimes (pg returns bigint as a string). */
@Entity({ name: 'claim_line' })
export class ClaimLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'claim_id' })
  claimId!: string;

  @ManyToOne(() => ClaimEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: Relation<ClaimEntity>;

  /** Position on the claim, to list lines in the order they were entered. */
  @Column('integer', { name: 'line_number' })
  lineNumber!: number;

  @Column('text', { name: 'act_code' })
  actCode!: string;

  @ManyToOne(() => ActTariffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'act_code' })
  act?: Relation<ActTariffEntity>;

  @Column('integer')
  quantity!: number;

  @Column('bigint', { name: 'unit_price' })
  unitPrice!: string;

  @Column('bigint', { name: 'amount_claimed' })
  amountClaimed!: string;

  @Column('bigint', { name: 'amount_approved', nullable: true })
  amountApproved!: string | null;
}
