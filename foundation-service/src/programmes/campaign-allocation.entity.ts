import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../regions/region.entity';
import { MutableEntity } from '../base/mutable.entity';
import { CampaignEntity } from './campaign.entity';

/** A campaign's budget (bigint centimes) and quota of approvals for one region. */
@Entity({ name: 'campaign_allocation' })
export class CampaignAllocationEntity extends MutableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'campaign_id' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<CampaignEntity>;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<RegionEntity>;

  @Column('bigint')
  allocated!: string;

  @Column('integer')
  quota!: number;
}
