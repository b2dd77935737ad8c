import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../regions/region.entity';

export type BeneficiaryKind = 'OFFICER' | 'DEPENDENT';
export type DependentRelation = 'SPOUSE' | 'CHILD' | 'PARENT';
export type OfficerStatus = 'ACTIVE' | 'RETIRED' | 'DECEASED' | 'KILLED_ON_DUTY';

/**
 * The Mutual's own beneficiary file: the facts that decide a person's rights,
 * as declared to the Mutual, so a claim is decided without asking the
 * foundation. `personId` is the officer's matricule or the dependent's id,
 * the keys of the `Officer` and `Dependent` entities.
 */
@Entity({ name: 'beneficiary' })
export class BeneficiaryEntity {
  @PrimaryColumn('text', { name: 'person_id' })
  personId!: string;

  @Column('text')
  kind!: BeneficiaryKind;

  /** The officer's own matricule for an officer; the officer they depend on for a dependent. */
  @Column('text', { name: 'officer_matricule' })
  officerMatricule!: string;

  @Column('text', { nullable: true })
  relation!: DependentRelation | null;

  @Column('date', { name: 'birth_date' })
  birthDate!: string;

  /** Last day of validity of the student certificate, for children over 21. */
  @Column('date', { name: 'student_until', nullable: true })
  studentUntil!: string | null;

  @Column('boolean', { default: false })
  disabled!: boolean;

  /** The status of the officer (the person themselves, or the one depended on). */
  @Column('text', { name: 'officer_status' })
  officerStatus!: OfficerStatus;

  /** The day a dependent's link to the officer ended (divorce, death, independence); null while it lasts. */
  @Column('date', { name: 'link_ended_on', nullable: true })
  linkEndedOn!: string | null;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<RegionEntity>;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
