-- Progress monitoring: data points per IEP goal over time, entered by the SEN team or from a support session.
create table goal_progress (
  id uuid primary key,
  goal_id uuid not null references iep_goal (id) on delete cascade,
  child_id uuid not null,
  school_id uuid not null,
  recorded_on date not null,
  value numeric(10, 2) not null,
  note text,
  session_id uuid,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now()
);
create index goal_progress_goal on goal_progress (goal_id, recorded_on);

-- The school's Inclusive Education Support Rooms, their staff, caseloads, weekly schedule and session log.
create table support_room (
  id uuid primary key,
  school_id uuid not null,
  name text not null,
  location text,
  created_at timestamptz not null default now(),
  unique (school_id, name)
);

create table room_staff (
  room_id uuid not null references support_room (id) on delete cascade,
  account_id uuid not null,
  name text not null,
  position text not null check (position in ('tutor', 'specialist')),
  primary key (room_id, account_id)
);

-- A child in a room's caseload, with the tutor or specialist who works with the child.
create table caseload (
  room_id uuid not null references support_room (id) on delete cascade,
  child_id uuid not null,
  school_id uuid not null,
  account_id uuid not null,
  assigned_on date not null,
  ended_on date,
  primary key (room_id, child_id, account_id),
  foreign key (room_id, account_id) references room_staff (room_id, account_id)
);
create index caseload_child on caseload (child_id) where ended_on is null;
create index caseload_school on caseload (school_id) where ended_on is null;

create table schedule_slot (
  id uuid primary key,
  room_id uuid not null references support_room (id) on delete cascade,
  weekday int not null check (weekday between 1 and 7),
  starts_at time not null,
  ends_at time not null,
  account_id uuid not null,
  activity text not null,
  check (ends_at > starts_at),
  foreign key (room_id, account_id) references room_staff (room_id, account_id)
);

create table support_session (
  id uuid primary key,
  room_id uuid not null references support_room (id),
  school_id uuid not null,
  child_id uuid not null,
  account_id uuid not null,
  held_on date not null,
  minutes int not null check (minutes between 1 and 600),
  goal_id uuid references iep_goal (id) on delete set null,
  note text,
  recorded_at timestamptz not null default now()
);
create index support_session_child on support_session (child_id, held_on);
create index support_session_school on support_session (school_id, held_on);
