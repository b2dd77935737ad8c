import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { OfficerEntity } from './officer.entity';

/** A training an officer completed; each code at most once per officer. */
@Entity({ name: 'training' })
export class TrainingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'officer_matricule' })
  officerMatricule!: string;

  @ManyToOne(() => OfficerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'officer_matricule' })
  officer?: Relation<OfficerEntity>;

  @Column('text')
  code!: string;

  @Column('text')
  title!: string;

  @Column('date', { name: 'completed_on' })
  completedOn!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
