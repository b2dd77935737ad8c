import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OfficerEntity } from '../officers/officer.entity';
import { RegionEntity } from '../regions/region.entity';
import { MutableEntity } from '../base/mutable.entity';

/** One term of an officer as a region's head; an open term has no end date. */
@Entity({ name: 'head_appointment' })
export class HeadAppointmentEntity extends MutableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<RegionEntity>;

  @Column('text', { name: 'officer_matricule' })
  officerMatricule!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_matricule' })
  officer?: Relation<OfficerEntity>;

  @Column('date', { name: 'start_date' })
  startDate!: string;

  @Column('date', { name: 'end_date', nullable: true })
  endDate!: string | null;

  @Column('text', { name: 'decision_reference' })
  decisionReference!: string;

  @Column('text', { name: 'approved_by' })
  approvedBy!: string;
}
