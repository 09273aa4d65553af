-- Pages kept on each app node (shared.web.KeptPages, ADR 0018) show a quiz's title, rules and
-- size: quiz:<id> when the quiz, its items or its pools change.
create trigger quiz_changed_for_pages after update or delete on quiz
  for each row execute function shared.announce_rows('quiz', 'id');
create trigger quiz_item_changed_for_pages after insert or update or delete on quiz_item
  for each row execute function shared.announce_rows('quiz', 'quiz_id');
create trigger quiz_pool_changed_for_pages after insert or update or delete on quiz_pool
  for each row execute function shared.announce_rows('quiz', 'quiz_id');
