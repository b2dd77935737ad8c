import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegionKind } from '../generated/schema-types';
import { MutableEntity } from '../base/mutable.entity';

/** A regional social action service; `position` keeps the announcement's order. */
@Entity({ name: 'region' })
export class RegionEntity extends MutableEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('text', { name: 'name_ar' })
  nameAr!: string;

  @Column('text', { name: 'name_fr' })
  nameFr!: string;

  @Column('text')
  kind!: RegionKind;

  @Column('integer')
  position!: number;
}
