import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { OfficerStatus, Rank } from '../generated/schema-types';
import { RegionEntity } from '../regions/region.entity';
import { MutableEntity } from '../base/mutable.entity';

/** A staff member of the national police. */
@Entity({ name: 'officer' })
export class OfficerEntity extends MutableEntity {
  @PrimaryColumn('text')
  matricule!: string;

  @Column('text', { name: 'first_name_ar' })
  firstNameAr!: string;

  @Column('text', { name: 'last_name_ar' })
  lastNameAr!: string;

  @Column('text', { name: 'first_name_latin' })
  firstNameLatin!: string;

  @Column('text', { name: 'last_name_latin' })
  lastNameLatin!: string;

  @Column('text')
  rank!: Rank;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<RegionEntity>;

  @Column('text')
  status!: OfficerStatus;

  @Column('date', { name: 'birth_date' })
  birthDate!: string;

  @Column('date', { name: 'service_start_date' })
  serviceStartDate!: string;

  /** foldForSearch of both scripts' full names and the matricule, written with the row. */
  @Column('text', { name: 'search_text' })
  searchText!: string;
}
