-- Consent first: no SEN data of a child is stored unless a guardian's consent for it is on record.
-- A withdrawal is recorded on the consent; nothing is deleted.
create table consent (
  id uuid primary key,
  child_id uuid not null,
  school_id uuid not null,
  purpose text not null check (purpose in ('sen_data')),
  given_by text not null,
  guardian_account_id uuid,
  method text not null check (method in ('paper', 'online')),
  given_on date not null,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  withdrawn_on date,
  withdrawn_by uuid,
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
create unique index consent_in_force on consent (child_id, purpose) where withdrawn_on is null;
create index consent_school on consent (school_id);

-- The SEN profile: need categories (codes of a configurable list) and a description of the needs.
create table profile (
  child_id uuid primary key,
  school_id uuid not null,
  categories text[] not null check (cardinality(categories) > 0),
  description text,
  updated_by uuid not null,
  updated_at timestamptz not null default now()
);
create index profile_school on profile (school_id);

create table referral (
  id uuid primary key,
  child_id uuid not null,
  school_id uuid not null,
  referred_on date not null,
  referred_by text not null,
  reason text not null,
  status text not null check (status in ('open', 'assessed', 'closed')),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now()
);
create index referral_child on referral (child_id, referred_on);

create table functional_assessment (
  id uuid primary key,
  child_id uuid not null,
  school_id uuid not null,
  assessed_on date not null,
  assessor text not null,
  instrument text not null,
  findings text not null,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now()
);
create index functional_assessment_child on functional_assessment (child_id, assessed_on);

-- The individual education plan. One open plan (draft, active or under review) per child at a time.
create table iep (
  id uuid primary key,
  child_id uuid not null,
  school_id uuid not null,
  status text not null check (status in ('draft', 'active', 'under_review', 'closed')),
  present_levels text not null,
  starts_on date not null,
  review_on date not null,
  ends_on date not null,
  version int not null default 1,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (review_on >= starts_on and ends_on >= review_on)
);
create unique index iep_one_open on iep (child_id) where status <> 'closed';
create index iep_school_status on iep (school_id, status, review_on);

create table iep_goal (
  id uuid primary key,
  iep_id uuid not null references iep (id) on delete cascade,
  position int not null,
  kind text not null check (kind in ('academic', 'functional')),
  outcome_id uuid,
  description text not null,
  baseline text not null,
  target text not null,
  measure text not null,
  target_date date not null,
  check ((kind = 'academic') = (outcome_id is not null)),
  unique (iep_id, position)
);

-- Accommodations from the catalogue; a value where the accommodation has one (extra time in percent).
create table iep_accommodation (
  iep_id uuid not null references iep (id) on delete cascade,
  code text not null,
  value int,
  primary key (iep_id, code)
);

create table iep_service (
  id uuid primary key,
  iep_id uuid not null references iep (id) on delete cascade,
  position int not null,
  type text not null,
  provider text not null,
  frequency text not null,
  minutes int not null check (minutes between 1 and 600),
  place text not null check (place in ('support_room', 'class', 'home', 'other'))
);

create table iep_person (
  iep_id uuid not null references iep (id) on delete cascade,
  position int not null,
  role text not null check (role in ('responsible', 'participant')),
  name text not null,
  relation text not null,
  primary key (iep_id, position)
);

-- Every saved change of a plan, whole, as it stood: the history a review looks back on.
create table iep_version (
  iep_id uuid not null references iep (id) on delete cascade,
  version int not null,
  status text not null,
  snapshot jsonb not null,
  changed_by uuid not null,
  changed_by_name text not null,
  changed_at timestamptz not null default now(),
  primary key (iep_id, version)
);
