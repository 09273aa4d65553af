create table account (
  id uuid primary key,
  username text not null,
  display_name text not null,
  password_hash text not null,
  preferred_language text not null default 'mn',
  enabled boolean not null default true,
  must_change_password boolean not null default false,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);
create unique index account_username_key on account (lower(username));
create index account_search on account (lower(display_name) text_pattern_ops);

create table role_assignment (
  id uuid primary key,
  account_id uuid not null references account (id) on delete cascade,
  role text not null check (role in ('student', 'guardian', 'teacher', 'tutor', 'specialist', 'sen_coordinator',
    'school_admin', 'supervisor', 'region_officer', 'ministry_analyst', 'content_author', 'reviewer', 'trainer',
    'child_protection_officer', 'system_admin')),
  -- the org node (registry) and its materialized path, so that scope checks need no join across modules
  node_id uuid not null,
  node_path text not null,
  valid_from date not null default current_date,
  valid_to date,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from)
);
create index role_assignment_account on role_assignment (account_id);
create index role_assignment_path on role_assignment (node_path text_pattern_ops);

create table guardianship (
  guardian_id uuid not null references account (id) on delete cascade,
  child_id uuid not null,
  relationship text not null default 'parent',
  created_at timestamptz not null default now(),
  primary key (guardian_id, child_id)
);
create index guardianship_child on guardianship (child_id);

create table login_failure (
  id bigint generated always as identity primary key,
  username text not null,
  client_address text not null,
  at timestamptz not null default now()
);
create index login_failure_username on login_failure (lower(username), at);
create index login_failure_address on login_failure (client_address, at);

create table audit_event (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text,
  action text not null,
  record_type text,
  record_id text,
  client_address text,
  details text
);
create index audit_event_at on audit_event (at desc);
create index audit_event_actor on audit_event (lower(actor_name), at desc);
create index audit_event_record on audit_event (record_type, record_id);

-- The audit log is append-only: no row is ever changed or removed.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_is_append_only();
