import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MutableEntity } from '../base/mutable.entity';
import { ProgrammeEntity } from './programme.entity';

/** A round of a programme. `benefitAmount` is bigint centimes, read as a string to stay exact. */
@Entity({ name: 'campaign' })
export class CampaignEntity extends MutableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<ProgrammeEntity>;

  @Column('text')
  season!: string;

  @Column('integer')
  year!: number;

  @Column('date', { name: 'opens_on' })
  opensOn!: string;

  @Column('date', { name: 'closes_on' })
  closesOn!: string;

  @Column('bigint', { name: 'benefit_amount' })
  benefitAmount!: string;

  /** The eligibility rules as stored (see eligibility.ts, rulesFromJson); checked by the database. */
  @Column('jsonb')
  eligibility!: unknown;
}
