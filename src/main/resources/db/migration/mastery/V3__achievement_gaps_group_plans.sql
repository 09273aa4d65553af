-- Achievement per child, subject and grade: the expected share of the grade's outcomes the child
-- knows (the mean estimate, outcomes without evidence counting as not known). Levels are cut from
-- the score at read time, so a change of cut scores applies everywhere at once.
create table achievement (
  child_id uuid not null,
  subject text not null,
  grade int not null check (grade between 1 and 12),
  school_id uuid not null,
  outcomes int not null check (outcomes > 0),
  evidenced int not null check (evidenced between 1 and outcomes),
  score double precision not null check (score between 0 and 1),
  updated_at timestamptz not null default now(),
  primary key (child_id, subject, grade)
);
create index achievement_school on achievement (school_id, subject, grade);
create index achievement_subject_grade on achievement (subject, grade, school_id);

-- Knowledge gaps as found from answers: opened when a prerequisite of current work shows as not
-- yet proficient, closed when it no longer does. Closed gaps stay as history.
create table gap (
  id uuid primary key,
  child_id uuid not null,
  outcome_id uuid not null,
  school_id uuid not null,
  -- the outcome's subject and grade, so that counts by subject need no join across modules
  subject text not null,
  grade int not null,
  opened_at timestamptz not null default now(),
  closed_at timestamptz,
  check (closed_at is null or closed_at >= opened_at)
);
create unique index gap_open on gap (child_id, outcome_id) where closed_at is null;
create index gap_school_open on gap (school_id, subject) where closed_at is null;

-- A plan may serve a group of children who share a gap: members, and each member's finished steps.
create table plan_member (
  plan_id uuid not null references plan (id) on delete cascade,
  child_id uuid not null,
  closed_at timestamptz,
  primary key (plan_id, child_id)
);
create index plan_member_child on plan_member (child_id);

create table step_done (
  plan_id uuid not null,
  position int not null,
  child_id uuid not null,
  done_at timestamptz not null default now(),
  primary key (plan_id, position, child_id),
  foreign key (plan_id, position) references plan_step (plan_id, position) on delete cascade,
  foreign key (plan_id, child_id) references plan_member (plan_id, child_id) on delete cascade
);

insert into plan_member (plan_id, child_id, closed_at) select id, child_id, closed_at from plan;
insert into step_done (plan_id, position, child_id, done_at)
  select s.plan_id, s.position, p.child_id, s.done_at from plan_step s join plan p on p.id = s.plan_id where s.done_at is not null;

drop index plan_child;
drop index plan_step_outcome;
alter table plan drop column child_id;
alter table plan add column class_id uuid;
alter table plan_step drop column done_at;
create index plan_step_outcome on plan_step (outcome_id);
