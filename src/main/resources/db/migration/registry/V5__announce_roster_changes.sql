-- Every app node keeps the class rosters it read (registry's RosterCache); these notices, sent to all
-- nodes when the change commits, tell them which rosters to forget. A roster is its class's current
-- enrolments, with each child's names, home language, school and home class.

-- A child's home class is on the card the child's e-school classes show too: a change of home
-- enrolment announces every class the child is enrolled in now.
create function announce_enrolment_change() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    perform pg_notify('erdem_changes', 'roster:' || old.class_id);
  end if;
  if tg_op <> 'DELETE' then
    perform pg_notify('erdem_changes', 'roster:' || new.class_id);
  end if;
  if (tg_op <> 'INSERT' and old.kind = 'home') or (tg_op <> 'DELETE' and new.kind = 'home') then
    perform pg_notify('erdem_changes', 'roster:' || e.class_id)
       from registry.enrolment e
      where e.child_id = case tg_op when 'DELETE' then old.child_id else new.child_id end and e.ends_on is null;
  end if;
  return null;
end $$;
create trigger enrolment_changed after insert or update or delete on enrolment
  for each row execute function announce_enrolment_change();

-- A child's card is on the roster of every class the child is enrolled in now.
create function announce_child_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'roster:' || e.class_id)
     from registry.enrolment e
    where e.child_id = old.id and e.ends_on is null;
  return null;
end $$;
create trigger child_changed after update or delete on child
  for each row execute function announce_child_change();

-- A class's or a school's names are on the cards of children of other classes too (an e-school
-- class's roster shows each child's home class); renames are rare, so every roster is forgotten.
create function announce_every_roster_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'roster:*');
  return null;
end $$;
create trigger class_changed after update of name, grade or delete on class
  for each statement execute function announce_every_roster_changed();
create trigger school_names_changed after update of names or delete on org_unit
  for each statement execute function announce_every_roster_changed();
