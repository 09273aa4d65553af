-- A child's own pages show what the child's plan accommodates (larger text, captions first): the
-- pages kept on each app node (shared.web.KeptPages, ADR 0018) hear child:<id> when it changes.
create trigger iep_changed_for_pages after insert or update or delete on iep
  for each row execute function shared.announce_rows('child', 'child_id');

create function announce_accommodation_for_pages() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'child:' || i.child_id)
     from inclusion.iep i
    where i.id in (case when tg_op <> 'INSERT' then old.iep_id end, case when tg_op <> 'DELETE' then new.iep_id end);
  return null;
end $$;
create trigger iep_accommodation_changed_for_pages after insert or update or delete on iep_accommodation
  for each row execute function announce_accommodation_for_pages();
