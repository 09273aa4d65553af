-- Trigram search on titles; the extension lives in public so that every module can use it.
create extension if not exists pg_trgm with schema public;

create table lesson (
  id uuid primary key,
  key text unique,
  author_id uuid not null,
  created_at timestamptz not null default now(),
  open_count bigint not null default 0
);

-- A lesson's history: at most one version open for editing or review, at most one published.
create table lesson_version (
  id uuid primary key,
  lesson_id uuid not null references lesson (id) on delete cascade,
  number int not null,
  status text not null check (status in ('draft', 'in_review', 'published', 'archived')),
  subject_code text not null,
  grade int not null check (grade between 1 and 12),
  duration_minutes int not null check (duration_minutes between 1 and 240),
  broadcast_channel text,
  broadcast_date date,
  broadcast_time time,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  submitted_at timestamptz,
  published_at timestamptz,
  published_by uuid,
  unique (lesson_id, number),
  check ((broadcast_channel is null) = (broadcast_date is null))
);
create unique index lesson_version_one_open on lesson_version (lesson_id) where status in ('draft', 'in_review');
create unique index lesson_version_one_published on lesson_version (lesson_id) where status = 'published';
create index lesson_version_published on lesson_version (subject_code, grade, published_at desc) where status = 'published';

-- Language variants of one version, linked as translations of each other.
create table lesson_variant (
  version_id uuid not null references lesson_version (id) on delete cascade,
  language text not null,
  title text not null,
  summary text not null default '',
  body_markdown text not null,
  body_html text not null,
  search tsvector generated always as (to_tsvector('simple', title || ' ' || summary || ' ' || body_markdown)) stored,
  primary key (version_id, language)
);
create index lesson_variant_search on lesson_variant using gin (search);
create index lesson_variant_title on lesson_variant using gin (lower(title) public.gin_trgm_ops);

create table lesson_outcome (
  version_id uuid not null references lesson_version (id) on delete cascade,
  outcome_id uuid not null,
  primary key (version_id, outcome_id)
);
create index lesson_outcome_outcome on lesson_outcome (outcome_id);

create table review_comment (
  id uuid primary key,
  version_id uuid not null references lesson_version (id) on delete cascade,
  author_id uuid not null,
  author_name text not null,
  body text not null,
  created_at timestamptz not null default now()
);
create index review_comment_version on review_comment (version_id, created_at);

-- A published version is immutable: children keep seeing exactly what was reviewed.
create function version_is_editable() returns trigger language plpgsql as $$
declare
  v_status text;
begin
  select status into v_status from content.lesson_version where id = coalesce(old.version_id, new.version_id);
  if v_status in ('published', 'archived') then
    raise exception 'a published lesson version cannot be changed';
  end if;
  return coalesce(new, old);
end;
$$;
create trigger lesson_variant_frozen before update or delete on lesson_variant
  for each row execute function version_is_editable();
create trigger lesson_outcome_frozen before update or delete on lesson_outcome
  for each row execute function version_is_editable();
