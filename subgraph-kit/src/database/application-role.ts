import type { DataSource } from 'typeorm';
import { StartupError } from '@dsp/common';

/**
 * A service must query as its application role: not a superuser, unable to
 * bypass row-level security, owner of no table, or the database's own
 * protections would not apply to it (docs/architecture.md). It refuses to start
 * otherwise.
 */
export async function assertApplicationRole(dataSource: DataSource, variable: string): Promise<void> {
  const rows: { role: string; privileged: boolean; owns: boolean }[] = await dataSource.query(
    `SELECT current_user AS role,
            (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) AS privileged,
            EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owns`,
  );
  const role = rows[0];
  if (role?.privileged || role?.owns) {
    throw new StartupError(
      `the service must connect as its application role, but "${role.role}" ${role.privileged ? 'is a superuser or bypasses row-level security' : 'owns the tables'}; set ${variable} to the application role.`,
    );
  }
}
