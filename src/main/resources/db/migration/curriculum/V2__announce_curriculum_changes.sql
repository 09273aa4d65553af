-- Each app node keeps the whole curriculum (CurriculumSnapshot) and pages that show it
-- (shared.web.KeptPages, ADR 0018): an edit, rare, has them all read again.
create function announce_curriculum_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'curriculum:*');
  return null;
end $$;
create trigger subject_changed after insert or update or delete on subject
  for each statement execute function announce_curriculum_changed();
create trigger outcome_changed after insert or update or delete on outcome
  for each statement execute function announce_curriculum_changed();
create trigger outcome_prerequisite_changed after insert or update or delete on outcome_prerequisite
  for each statement execute function announce_curriculum_changed();
