-- Annual supervision visits to a school's support provision: a checklist, findings, a rating and
-- follow-up actions with an owner and a due date.
create table supervision_visit (
  id uuid primary key,
  school_id uuid not null,
  visited_on date not null,
  supervisor_id uuid not null,
  supervisor_name text not null,
  organisation text not null,
  findings text not null,
  rating int not null check (rating between 1 and 4),
  created_at timestamptz not null default now()
);
create index supervision_visit_school on supervision_visit (school_id, visited_on desc);

create table visit_item (
  visit_id uuid not null references supervision_visit (id) on delete cascade,
  code text not null,
  result text not null check (result in ('met', 'partly', 'not_met')),
  note text,
  primary key (visit_id, code)
);

create table follow_up (
  id uuid primary key,
  visit_id uuid not null references supervision_visit (id) on delete cascade,
  school_id uuid not null,
  action text not null,
  owner text not null,
  due_on date not null,
  done_on date
);
create index follow_up_school_open on follow_up (school_id, due_on) where done_on is null;

-- Peer support and participation: buddy pairs, the student council, awareness activities.
create table peer_buddy (
  id uuid primary key,
  school_id uuid not null,
  child_id uuid not null,
  buddy_id uuid not null,
  starts_on date not null,
  ends_on date,
  check (child_id <> buddy_id)
);
create unique index peer_buddy_open on peer_buddy (child_id, buddy_id) where ends_on is null;

create table council_member (
  school_id uuid not null,
  child_id uuid not null,
  role text not null,
  since date not null,
  primary key (school_id, child_id)
);

create table awareness_activity (
  id uuid primary key,
  school_id uuid not null,
  title text not null,
  held_on date not null,
  audience text not null check (audience in ('children', 'parents', 'staff', 'community', 'mixed')),
  participants int not null check (participants between 1 and 100000),
  recorded_by uuid not null,
  created_at timestamptz not null default now()
);
create index awareness_activity_school on awareness_activity (school_id, held_on desc);
