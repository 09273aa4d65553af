-- The item bank: questions aligned to one outcome each, in several languages, authored and reviewed.
create table item (
  id uuid primary key,
  key text unique,
  outcome_id uuid not null,
  type text not null check (type in ('single', 'multiple', 'truefalse', 'numeric', 'short', 'ordering', 'matching')),
  -- the key, by type: {"correct": 1}, {"correct": [0, 2]}, {"correct": true}, {"value": 0.75, "tolerance": 0.01}, {} for
  -- short (accepted answers are per language), ordering and matching (choices and pairs are stored in the right order)
  answer jsonb not null,
  status text not null default 'draft' check (status in ('draft', 'in_review', 'published', 'archived')),
  author_id uuid not null,
  created_at timestamptz not null default now(),
  published_at timestamptz
);
create index item_outcome on item (outcome_id) where status = 'published';

create table item_variant (
  item_id uuid not null references item (id) on delete cascade,
  language text not null,
  stem text not null,
  feedback text not null default '',
  choices jsonb not null default '[]',
  accepted jsonb not null default '[]',
  pairs jsonb not null default '[]',
  primary key (item_id, language)
);

-- A quiz is a fixed list of items or a random draw from outcome pools.
create table quiz (
  id uuid primary key,
  titles jsonb not null,
  subject_code text not null,
  grade int not null check (grade between 1 and 12),
  time_limit_seconds int check (time_limit_seconds is null or time_limit_seconds between 30 and 14400),
  attempts_allowed int not null default 1 check (attempts_allowed between 1 and 20),
  review_policy text not null default 'after_submit' check (review_policy in ('after_submit', 'after_due', 'never')),
  author_id uuid not null,
  created_at timestamptz not null default now()
);

create table quiz_item (
  quiz_id uuid not null references quiz (id) on delete cascade,
  position int not null,
  item_id uuid not null references item (id),
  primary key (quiz_id, position)
);

create table quiz_pool (
  quiz_id uuid not null references quiz (id) on delete cascade,
  outcome_id uuid not null,
  draw_count int not null check (draw_count between 1 and 50),
  primary key (quiz_id, outcome_id)
);

-- Per-child time accommodations: extra time in percent, or no limit. Fed by teachers now, by IEPs later.
create table time_accommodation (
  child_id uuid primary key,
  school_id uuid not null,
  extra_percent int not null default 0 check (extra_percent between 0 and 400),
  no_time_limit boolean not null default false,
  source text not null check (source in ('teacher', 'iep')),
  set_by uuid,
  set_at timestamptz not null default now()
);

-- An attempt: the items drawn (in order), the deadline fixed at the start (accommodations included).
create table attempt (
  id uuid primary key,
  quiz_id uuid not null references quiz (id),
  child_id uuid not null,
  school_id uuid not null,
  account_id uuid not null,
  context_id uuid,
  number int not null,
  started_at timestamptz not null default now(),
  deadline_at timestamptz,
  submitted_at timestamptz,
  score int,
  max_score int,
  unique (quiz_id, child_id, context_id, number)
);
create index attempt_child on attempt (child_id, quiz_id);
create index attempt_quiz on attempt (quiz_id) where submitted_at is not null;

create table attempt_item (
  attempt_id uuid not null references attempt (id) on delete cascade,
  position int not null,
  item_id uuid not null references item (id),
  -- the order in which choices (ordering) or right-hand sides (matching) are shown
  shuffle jsonb not null default '[]',
  primary key (attempt_id, position)
);

-- The child's current answer per question: stored the moment it is given.
create table answer (
  attempt_id uuid not null references attempt (id) on delete cascade,
  position int not null,
  response jsonb not null,
  client_id uuid not null,
  -- the client's order of answers: a late retry of an older answer never overwrites a newer one
  seq bigint not null,
  saved_at timestamptz not null default now(),
  correct boolean,
  primary key (attempt_id, position)
);

-- Every answer the server acknowledged, once: a retry with the same client-made id stores nothing twice.
create table answer_receipt (
  client_id uuid primary key,
  attempt_id uuid not null references attempt (id) on delete cascade,
  position int not null,
  response jsonb not null,
  received_at timestamptz not null default now()
);
create index answer_receipt_attempt on answer_receipt (attempt_id);
