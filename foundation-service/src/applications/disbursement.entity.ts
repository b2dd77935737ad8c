import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { RegionEntity } from '../regions/region.entity';
import { ApplicationEntity } from './application.entity';

/**
 * A payment made for an approved application. Append-only (a record of
 * money that left), so it carries no version. The region is copied from the
 * application so that a region's spend is summed without a join.
 */
@Entity({ name: 'disbursement' })
export class DisbursementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'application_id' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<ApplicationEntity>;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<RegionEntity>;

  @Column('bigint')
  amount!: string;

  @Column('timestamptz', { name: 'paid_at' })
  paidAt!: Date;

  /** The payment order's reference. */
  @Column('text')
  reference!: string;

  /** The subject of the foundation agent who recorded it; null for rows loaded without it. */
  @Column('text', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
