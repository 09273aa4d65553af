-- Files of a lesson version: video, audio, PDF textbook chapters, images, and WebVTT captions.
create table media (
  id uuid primary key,
  version_id uuid not null references lesson_version (id) on delete cascade,
  kind text not null check (kind in ('image', 'video', 'audio', 'pdf', 'captions')),
  role text not null default 'main' check (role in ('main', 'sign_language', 'easy_read', 'audio_only')),
  language text,
  media_type text not null,
  size_bytes bigint not null check (size_bytes > 0),
  sha256 text not null,
  storage_key text not null,
  filename text not null,
  alt_text text,
  transcript text,
  captions_for uuid references media (id) on delete cascade,
  created_at timestamptz not null default now(),
  check (kind <> 'image' or alt_text is not null),
  check ((kind = 'captions') = (captions_for is not null))
);
create index media_version on media (version_id);
