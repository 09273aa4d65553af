-- A lesson or a quiz given to a class, a group of its children, or single children.
create table assignment (
  id uuid primary key,
  school_id uuid not null,
  class_id uuid not null,
  teacher_id uuid not null,
  lesson_id uuid,
  quiz_id uuid,
  mode text not null check (mode in ('in_class', 'at_home')),
  starts_on date not null,
  due_on date,
  whole_class boolean not null default true,
  created_at timestamptz not null default now(),
  check ((lesson_id is null) <> (quiz_id is null)),
  check (due_on is null or due_on >= starts_on)
);
create index assignment_class on assignment (class_id, starts_on desc);

create table assignment_target (
  assignment_id uuid not null references assignment (id) on delete cascade,
  child_id uuid not null,
  primary key (assignment_id, child_id)
);
create index assignment_target_child on assignment_target (child_id);

-- What each child did with it: opened, time spent, completed.
create table progress (
  assignment_id uuid not null references assignment (id) on delete cascade,
  child_id uuid not null,
  school_id uuid not null,
  opened_at timestamptz not null default now(),
  seconds_spent int not null default 0 check (seconds_spent >= 0),
  completed_at timestamptz,
  score int,
  max_score int,
  primary key (assignment_id, child_id)
);
