-- Pages kept on each app node (shared.web.KeptPages, ADR 0018) are forgotten by these notices:
-- child:<id> for a child's own pages, school:<id> for a school's lists of children, account:<id>
-- for what an account may see (identity's topic: a teacher's classes are hers through registry).

-- An e-school enrolment makes the child visible to the e-school's teachers in the lists of the
-- child's own school too, so both schools are announced.
create function announce_enrolment_for_pages() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'child:' || e.child_id), pg_notify('erdem_changes', 'school:' || e.school_id),
          pg_notify('erdem_changes', 'school:' || c.school_id)
     from (select old.child_id, old.school_id where tg_op <> 'INSERT'
           union all select new.child_id, new.school_id where tg_op <> 'DELETE') e (child_id, school_id)
     left join registry.child c on c.id = e.child_id;
  return null;
end $$;
create trigger enrolment_changed_for_pages after insert or update or delete on enrolment
  for each row execute function announce_enrolment_for_pages();

-- A child's account is how the child's own pages find the child.
create trigger child_changed_for_pages after insert or update or delete on child
  for each row execute function shared.announce_rows('child', 'id', 'school', 'school_id', 'account', 'account_id');

create trigger staff_changed_for_pages after update of account_id, active or delete on staff
  for each row execute function shared.announce_rows('account', 'account_id');

-- Whom a teacher teaches: her homeroom classes and her subject assignments, through her staff record.
create function announce_teacher_for_pages() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'account:' || s.account_id)
     from registry.staff s
    where s.account_id is not null
      and s.id in (cast(case when tg_op <> 'INSERT' then to_jsonb(old) ->> tg_argv[0] end as uuid),
                   cast(case when tg_op <> 'DELETE' then to_jsonb(new) ->> tg_argv[0] end as uuid));
  return null;
end $$;
create trigger staff_assignment_changed_for_pages after insert or update or delete on staff_assignment
  for each row execute function announce_teacher_for_pages('staff_id');
create trigger homeroom_changed_for_pages after insert or update of homeroom_staff_id or delete on class
  for each row execute function announce_teacher_for_pages('homeroom_staff_id');
