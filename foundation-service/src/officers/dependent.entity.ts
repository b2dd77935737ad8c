import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { DependentRelation } from '../generated/schema-types';
import { MutableEntity } from '../base/mutable.entity';
import { OfficerEntity } from './officer.entity';

/** A dependent (ayant droit); kept after the officer's death, so never cascaded away. */
@Entity({ name: 'dependent' })
export class DependentEntity extends MutableEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'officer_matricule' })
  officerMatricule!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_matricule' })
  officer?: Relation<OfficerEntity>;

  @Column('text')
  relation!: DependentRelation;

  @Column('text', { name: 'first_name_ar' })
  firstNameAr!: string;

  @Column('text', { name: 'last_name_ar' })
  lastNameAr!: string;

  @Column('text', { name: 'first_name_latin' })
  firstNameLatin!: string;

  @Column('text', { name: 'last_name_latin' })
  lastNameLatin!: string;

  @Column('date', { name: 'birth_date' })
  birthDate!: string;

  /** Last day of validity of a student certificate, or null. */
  @Column('date', { name: 'student_until', nullable: true })
  studentUntil!: string | null;

  @Column('boolean')
  disabled!: boolean;

  /** The last day of the link to the officer (divorce, death...), or null while it lasts. */
  @Column('date', { name: 'link_ended_on', nullable: true })
  linkEndedOn!: string | null;
}
