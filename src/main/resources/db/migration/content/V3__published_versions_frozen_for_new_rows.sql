-- A published version takes no new text, outcomes or files either, not only no changes.
drop trigger lesson_variant_frozen on lesson_variant;
drop trigger lesson_outcome_frozen on lesson_outcome;
create trigger lesson_variant_frozen before insert or update or delete on lesson_variant
  for each row execute function version_is_editable();
create trigger lesson_outcome_frozen before insert or update or delete on lesson_outcome
  for each row execute function version_is_editable();
create trigger media_frozen before insert or update or delete on media
  for each row execute function version_is_editable();
