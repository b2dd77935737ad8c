import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProgrammeKind } from '../generated/schema-types';
import { MutableEntity } from '../base/mutable.entity';

/** A social programme of the Foundation, run as campaigns. */
@Entity({ name: 'programme' })
export class ProgrammeEntity extends MutableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: ProgrammeKind;

  @Column('text', { name: 'name_fr' })
  nameFr!: string;

  @Column('text', { name: 'name_ar' })
  nameAr!: string;
}
