import { createHmac } from 'node:crypto';
import { Client } from 'pg';

/**
 * The two roles of a service's database: `owner` owns the tables and runs the
 * migrations; `app` is what the service queries as: it owns nothing and is
 * not a superuser, so row-level security applies to it.
 */
export interface ServiceDatabase {
  database: string;
  owner: string;
  app: string;
}

export interface ProvisionedDatabase {
  /** Connection string for the migrations (the owner). */
  ownerUrl: string;
  /** Connection string for the running service (the application role). */
  appUrl: string;
}

export function serviceDatabase(service: string, database = service): ServiceDatabase {
  return { database, owner: `${service}_owner`, app: `${service}_app` };
}

function withCredentials(superuserUrl: string, user: string, password: string, database: string): string {
  const url = new URL(superuserUrl);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

function rolePassword(superuserUrl: string, role: string): string {
  return createHmac('sha256', new URL(superuserUrl).password).update(role).digest('base64url');
}

/**
 * Creates, when missing, a service's two roles on a server we administer (the
 * embedded server, a test server). Role passwords derive from the
 * superuser's, so nothing else needs storing. Safe to run again.
 */
export async function provisionRoles(superuserUrl: string, spec: ServiceDatabase): Promise<void> {
  const admin = new Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    for (const [role, attributes] of [
      [spec.owner, 'LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB'],
      [spec.app, 'LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS'],
    ] as const) {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      const escaped = admin.escapeLiteral(rolePassword(superuserUrl, role));
      await admin.query(`${verb} ROLE ${admin.escapeIdentifier(role)} ${attributes} PASSWORD ${escaped}`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * Creates, when missing, a service's database owned by its owner role, and
 * gives the application role its rights on what the owner's migrations will
 * create. The roles must exist (provisionRoles). Safe to run again. With a
 * `template`, the new database starts as a copy of that one.
 */
export async function provisionDatabase(
  superuserUrl: string,
  spec: ServiceDatabase,
  template?: string,
): Promise<ProvisionedDatabase> {
  const admin = new Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [spec.database]);
    if (!db.rowCount) {
      const copy = template ? ` TEMPLATE ${admin.escapeIdentifier(template)}` : '';
      await admin.query(
        `CREATE DATABASE ${admin.escapeIdentifier(spec.database)} OWNER ${admin.escapeIdentifier(spec.owner)} ENCODING 'UTF8'${copy}`,
      );
    }
    await admin.query(
      `REVOKE ALL ON DATABASE ${admin.escapeIdentifier(spec.database)} FROM PUBLIC;
       GRANT CONNECT, TEMPORARY ON DATABASE ${admin.escapeIdentifier(spec.database)} TO ${admin.escapeIdentifier(spec.app)}`,
    );
  } finally {
    await admin.end();
  }

  const superuser = new URL(superuserUrl);
  const inDatabase = new Client({
    connectionString: withCredentials(
      superuserUrl,
      superuser.username,
      decodeURIComponent(superuser.password),
      spec.database,
    ),
  });
  await inDatabase.connect();
  try {
    const owner = inDatabase.escapeIdentifier(spec.owner);
    const app = inDatabase.escapeIdentifier(spec.app);
    await inDatabase.query(`
      ALTER SCHEMA public OWNER TO ${owner};
      REVOKE ALL ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO ${app};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO ${app};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app};
    `);
  } finally {
    await inDatabase.end();
  }
  return {
    ownerUrl: withCredentials(superuserUrl, spec.owner, rolePassword(superuserUrl, spec.owner), spec.database),
    appUrl: withCredentials(superuserUrl, spec.app, rolePassword(superuserUrl, spec.app), spec.database),
  };
}
