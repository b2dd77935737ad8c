#!/bin/sh
# Runs once, when the database volume is first created (official postgres
# image), as the image's superuser (POSTGRES_USER), which nothing else uses:
# neither the migrations nor the service ever hold its credentials.
# OWNER_ROLE owns the database and its schema and runs the migrations; the
# service queries as APP_ROLE, which owns nothing, and gets table rights only
# through the owner's default privileges. Neither is a superuser; APP_ROLE
# cannot bypass row-level security.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner="$OWNER_ROLE" -v owner_password="$OWNER_ROLE_PASSWORD" \
  -v app_role="$APP_ROLE" -v app_password="$APP_ROLE_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE :"app_role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO :"owner";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app_role";
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app_role";
SQL
