-- Pages kept on each app node (shared.web.KeptPages, ADR 0018) show a lesson's published version:
-- lesson:<id> when one of its versions is added, published, archived or removed. A published
-- version's variants, outcomes and media cannot change (V1, V3).
create trigger lesson_version_changed_for_pages after insert or update or delete on lesson_version
  for each row execute function shared.announce_rows('lesson', 'lesson_id');
