import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { CareType, ProviderKind } from '../generated/schema-types';
import { RegionEntity } from '../regions/region.entity';

/** One of the Mutual's own medical centres or a contracted provider. */
@Entity({ name: 'provider' })
export class ProviderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'name_ar' })
  nameAr!: string;

  @Column('text')
  kind!: ProviderKind;

  @Column('text')
  city!: string;

  @Column('text', { name: 'city_ar' })
  cityAr!: string;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<RegionEntity>;

  @Column('text', { name: 'care_types', array: true })
  careTypes!: CareType[];

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
