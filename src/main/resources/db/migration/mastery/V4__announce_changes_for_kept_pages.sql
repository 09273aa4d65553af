-- Pages kept on each app node (shared.web.KeptPages, ADR 0018) show children's mastery, gaps and
-- plans: child:<id> when a child's estimates, gaps or plans change, plan:<id> when a plan's steps
-- or what its members have done change.
create trigger estimate_changed_for_pages after insert or update or delete on estimate
  for each row execute function shared.announce_rows('child', 'child_id');
create trigger gap_changed_for_pages after insert or update or delete on gap
  for each row execute function shared.announce_rows('child', 'child_id');
create trigger plan_member_changed_for_pages after insert or update or delete on plan_member
  for each row execute function shared.announce_rows('plan', 'plan_id', 'child', 'child_id');
create trigger plan_step_changed_for_pages after insert or update or delete on plan_step
  for each row execute function shared.announce_rows('plan', 'plan_id');
create trigger step_done_changed_for_pages after insert or update or delete on step_done
  for each row execute function shared.announce_rows('plan', 'plan_id');

-- A plan's status decides whether its members' pages list it. A plan deleted has lost its members
-- to the cascade before this runs: their own trigger announces them.
create function announce_plan_for_pages() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'plan:' || old.id);
  perform pg_notify('erdem_changes', 'child:' || m.child_id) from mastery.plan_member m where m.plan_id = old.id;
  return null;
end $$;
create trigger plan_changed_for_pages after update or delete on plan
  for each row execute function announce_plan_for_pages();
