-- The org hierarchy as a materialized path (/MN/83/8301/<school>/): a role held at a node covers
-- everything whose path starts with the node's path.
create table org_unit (
  id uuid primary key,
  code text not null unique check (code ~ '^[A-Za-z0-9-]{1,32}$'),
  kind text not null check (kind in ('country', 'aimag', 'capital', 'soum', 'district', 'school')),
  parent_id uuid references org_unit (id),
  path text not null unique,
  names jsonb not null,
  check ((kind = 'country') = (parent_id is null))
);
create index org_unit_parent on org_unit (parent_id);
create index org_unit_path on org_unit (path text_pattern_ops);

create table school (
  id uuid primary key references org_unit (id),
  type text not null check (type in ('general', 'special', 'eschool')),
  locality text not null check (locality in ('urban', 'rural', 'remote')),
  languages text[] not null check (cardinality(languages) > 0),
  address text
);

create table academic_year (
  id uuid primary key,
  name text not null unique,
  starts_on date not null,
  ends_on date not null,
  is_current boolean not null default false,
  check (ends_on > starts_on)
);
create unique index academic_year_one_current on academic_year (is_current) where is_current;

create table staff (
  id uuid primary key,
  school_id uuid not null references school (id),
  external_id text,
  family_name text not null,
  given_name text not null,
  position text not null check (position in ('teacher', 'tutor', 'specialist', 'sen_coordinator', 'school_admin', 'other')),
  subject text,
  email text,
  phone text,
  account_id uuid unique,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (school_id, external_id)
);
create index staff_school on staff (school_id, family_name, given_name);

create table class (
  id uuid primary key,
  school_id uuid not null references school (id),
  academic_year_id uuid not null references academic_year (id),
  grade int not null check (grade between 1 and 12),
  name text not null,
  language text not null,
  homeroom_staff_id uuid references staff (id),
  unique (school_id, academic_year_id, name)
);
create index class_school on class (school_id, academic_year_id, grade, name);

create table staff_assignment (
  id uuid primary key,
  staff_id uuid not null references staff (id),
  class_id uuid not null references class (id) on delete cascade,
  subject text not null default '',
  unique (staff_id, class_id, subject)
);
create index staff_assignment_class on staff_assignment (class_id);

-- A child's home school; per-child tables carry the school so that sharding by school stays possible.
create table child (
  id uuid primary key,
  school_id uuid not null references school (id),
  school_path text not null,
  external_id text unique,
  national_id text unique,
  family_name text not null,
  given_name text not null,
  birth_date date not null,
  sex text not null check (sex in ('female', 'male')),
  home_language text not null,
  account_id uuid unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index child_school_path on child (school_path text_pattern_ops);
create index child_school_name on child (school_id, lower(family_name), lower(given_name));

-- Enrolment history: a transfer ends one enrolment and starts another; nothing is deleted.
create table enrolment (
  id uuid primary key,
  child_id uuid not null references child (id),
  class_id uuid not null references class (id),
  school_id uuid not null references school (id),
  kind text not null check (kind in ('home', 'eschool')),
  starts_on date not null,
  ends_on date,
  end_reason text check (end_reason in ('transfer', 'completed', 'left', 'moved_class')),
  check (ends_on is null or ends_on >= starts_on),
  check ((ends_on is null) = (end_reason is null))
);
create unique index enrolment_one_home_class on enrolment (child_id) where ends_on is null and kind = 'home';
create index enrolment_class on enrolment (class_id) where ends_on is null;
create index enrolment_child on enrolment (child_id, starts_on);
