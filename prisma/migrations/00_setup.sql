-- 00_setup: schemas, extensions, one login role per owner, and the shared helpers every
-- owner's migrations use. Applied by node-pg-migrate (prisma/migrate.ts) as the database owner.
--
-- Role recipe (seed 000, "Service user grants"): each owner connects as fr_<owner> with grants on
-- its own schema only. Roles are created without a password; prisma/migrate.ts sets each
-- password from FLATRENDER_DB_ROLE_SECRET after migrating, so no secret lives in SQL.

CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SCHEMA IF NOT EXISTS identity;
CREATE SCHEMA IF NOT EXISTS content;
CREATE SCHEMA IF NOT EXISTS studio;
CREATE SCHEMA IF NOT EXISTS render;
CREATE SCHEMA IF NOT EXISTS file_mgr;
CREATE SCHEMA IF NOT EXISTS notification;

-- Nobody but the owner role creates objects in public; extensions stay readable.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

DO $roles$
DECLARE
  owner_schema text[];
  pairs text[][] := ARRAY[
    ARRAY['fr_identity', 'identity'],
    ARRAY['fr_content', 'content'],
    ARRAY['fr_studio', 'studio'],
    ARRAY['fr_render', 'render'],
    ARRAY['fr_file', 'file_mgr'],
    ARRAY['fr_notification', 'notification']
  ];
  role_name text;
  schema_name text;
BEGIN
  FOREACH owner_schema SLICE 1 IN ARRAY pairs LOOP
    role_name := owner_schema[1];
    schema_name := owner_schema[2];
    -- Roles are cluster-wide: several databases (tests) share them.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
      EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT', role_name);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), role_name);
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', schema_name);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, role_name);
    -- Tables, sequences and functions created later by this (migrating) role in the owner's
    -- schema are usable by the owner's role, and by nobody else.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', schema_name, role_name);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', schema_name, role_name);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT EXECUTE ON FUNCTIONS TO %I', schema_name, role_name);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE ON TYPES TO %I', schema_name, role_name);
  END LOOP;
END
$roles$;

-- Keeps updated_at honest on every table marked † in docs/data-model.md.
CREATE OR REPLACE FUNCTION public.set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$fn$;

-- Creates the monthly partitions of a RANGE-partitioned table from the month of `from_date`
-- through `months_ahead` months later (UTC months), named <table>_YYYY_MM. Idempotent.
-- SECURITY DEFINER so the owning service's role can call it on its schedule without DDL rights
-- of its own; a role may only name a table in a schema it can use.
CREATE OR REPLACE FUNCTION public.ensure_monthly_partitions(
  parent regclass,
  months_ahead integer DEFAULT 2,
  from_date date DEFAULT current_date
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
  parent_schema text;
  parent_table text;
  month_start date := date_trunc('month', from_date)::date;
  last_month date := (date_trunc('month', from_date) + make_interval(months => months_ahead))::date;
  partition_name text;
  created integer := 0;
BEGIN
  SELECT n.nspname, c.relname INTO parent_schema, parent_table
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.oid = parent AND c.relkind = 'p';
  IF parent_table IS NULL THEN
    RAISE EXCEPTION '% is not a partitioned table', parent;
  END IF;
  -- An owner role may extend only its own schema's tables (it has USAGE on no other schema).
  IF NOT has_schema_privilege(session_user, parent_schema, 'USAGE') THEN
    RAISE EXCEPTION 'role % may not create partitions in schema %', session_user, parent_schema USING ERRCODE = '42501';
  END IF;
  WHILE month_start <= last_month LOOP
    partition_name := format('%s_%s', parent_table, to_char(month_start, 'YYYY_MM'));
    IF to_regclass(format('%I.%I', parent_schema, partition_name)) IS NULL THEN
      EXECUTE format(
        'CREATE TABLE %I.%I PARTITION OF %I.%I FOR VALUES FROM (%L) TO (%L)',
        parent_schema, partition_name, parent_schema, parent_table,
        -- Month bounds in UTC, whatever the session's time zone.
        format('%s 00:00:00+00', month_start), format('%s 00:00:00+00', (month_start + interval '1 month')::date));
      created := created + 1;
    END IF;
    month_start := (month_start + interval '1 month')::date;
  END LOOP;
  RETURN created;
END
$fn$;
REVOKE ALL ON FUNCTION public.ensure_monthly_partitions(regclass, integer, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.ensure_monthly_partitions(regclass, integer, date) TO fr_identity, fr_render;
