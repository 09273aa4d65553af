create table subject (
  code text primary key check (code ~ '^[a-z][a-z0-9_-]{1,31}$'),
  names jsonb not null,
  position int not null default 0
);

create table outcome (
  id uuid primary key,
  code text not null unique check (code ~ '^[A-Za-z0-9.-]{2,40}$'),
  subject_code text not null references subject (code),
  grade int not null check (grade between 1 and 12),
  titles jsonb not null,
  descriptions jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index outcome_subject_grade on outcome (subject_code, grade, code);

-- outcome_id builds on prerequisite_id; the graph is kept acyclic by the service.
create table outcome_prerequisite (
  outcome_id uuid not null references outcome (id) on delete cascade,
  prerequisite_id uuid not null references outcome (id) on delete cascade,
  primary key (outcome_id, prerequisite_id),
  check (outcome_id <> prerequisite_id)
);
create index outcome_prerequisite_reverse on outcome_prerequisite (prerequisite_id);

insert into subject (code, names, position) values
  ('math', '{"mn": "Математик", "en": "Mathematics", "ru": "Математика", "kk": "Математика"}', 1),
  ('mongolian', '{"mn": "Монгол хэл", "en": "Mongolian language", "ru": "Монгольский язык", "kk": "Моңғол тілі"}', 2),
  ('kazakh', '{"mn": "Казах хэл", "en": "Kazakh language", "ru": "Казахский язык", "kk": "Қазақ тілі"}', 3),
  ('science', '{"mn": "Байгалийн ухаан", "en": "Science", "ru": "Естествознание", "kk": "Жаратылыстану"}', 4),
  ('english', '{"mn": "Англи хэл", "en": "English", "ru": "Английский язык", "kk": "Ағылшын тілі"}', 5),
  ('russian', '{"mn": "Орос хэл", "en": "Russian language", "ru": "Русский язык", "kk": "Орыс тілі"}', 6),
  ('history', '{"mn": "Түүх", "en": "History", "ru": "История", "kk": "Тарих"}', 7);
