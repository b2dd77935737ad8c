import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One of the seventeen regional services, held only so that other tables
 * can reference it by foreign key: names and heads belong to the foundation.
 */
@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
