-- Pages kept on each app node (shared.web.KeptPages, ADR 0018) are forgotten by these notices:
-- classwork:<class> when a class's assignments change, child:<id> when a child's own work does.
create trigger assignment_changed_for_pages after insert or update or delete on assignment
  for each row execute function shared.announce_rows('classwork', 'class_id');
create trigger assignment_target_changed_for_pages after insert or update or delete on assignment_target
  for each row execute function shared.announce_rows('child', 'child_id');
create trigger progress_changed_for_pages after insert or update or delete on progress
  for each row execute function shared.announce_rows('child', 'child_id');
