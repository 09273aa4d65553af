-- One estimate per child, outcome and model. The model and its parameters are stored beside each
-- estimate, so that a change of model adds new rows rather than silently rewriting history.
create table estimate (
  child_id uuid not null,
  outcome_id uuid not null,
  model text not null,
  school_id uuid not null,
  probability double precision not null check (probability between 0 and 1),
  evidence int not null default 0 check (evidence >= 0),
  correct int not null default 0 check (correct >= 0),
  params jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (child_id, outcome_id, model)
);
create index estimate_school on estimate (school_id, outcome_id);
