-- A plan to close a child's gaps: ordered steps, prerequisites first, each a lesson and a practice
-- quiz for one outcome. Proposed by the application, reviewed and approved by the teacher.
create table plan (
  id uuid primary key,
  child_id uuid not null,
  school_id uuid not null,
  status text not null check (status in ('proposed', 'approved', 'closed')),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  approved_by uuid,
  approved_at timestamptz,
  closed_at timestamptz
);
create index plan_child on plan (child_id, created_at desc);

create table plan_step (
  plan_id uuid not null references plan (id) on delete cascade,
  position int not null,
  outcome_id uuid not null,
  lesson_id uuid,
  quiz_id uuid,
  done_at timestamptz,
  primary key (plan_id, position)
);
create index plan_step_outcome on plan_step (outcome_id) where done_at is null;
