import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Columns shared by every table whose rows change: when a row was created and
 * last changed, and a version that later issues use for optimistic locking.
 */
export abstract class MutableEntity {
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', name: 'version' })
  version!: number;
}
