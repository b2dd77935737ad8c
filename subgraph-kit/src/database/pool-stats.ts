import type { DataSource } from 'typeorm';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The data source's connection pool, for the db_pool_connections metric. */
export function poolStats(dataSource: DataSource): () => { total: number; idle: number; waiting: number } {
  return () => {
    const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
    return { total: pool?.totalCount ?? 0, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0 };
  };
}
