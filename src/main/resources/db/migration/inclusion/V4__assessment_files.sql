-- Files of a functional assessment (a report, a scan): checked by their first bytes, stored by content.
create table assessment_file (
  id uuid primary key,
  assessment_id uuid not null references functional_assessment (id) on delete cascade,
  child_id uuid not null,
  school_id uuid not null,
  filename text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes bigint not null check (size_bytes > 0),
  storage_key text not null,
  uploaded_by uuid not null,
  uploaded_at timestamptz not null default now()
);
create index assessment_file_assessment on assessment_file (assessment_id);
