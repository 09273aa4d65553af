-- Every app node keeps the sessions and callers it read (IdentityChanges); these notices, sent to all
-- nodes when the change commits, tell them what to forget. A new account or session is kept nowhere yet.

create function announce_account_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_identity', 'account:' || old.id);
  return null;
end $$;
create trigger account_changed after update or delete on account
  for each row execute function announce_account_change();

create function announce_role_change() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    perform pg_notify('erdem_identity', 'account:' || old.account_id);
  end if;
  if tg_op <> 'DELETE' then
    perform pg_notify('erdem_identity', 'account:' || new.account_id);
  end if;
  return null;
end $$;
create trigger role_changed after insert or update or delete on role_assignment
  for each row execute function announce_role_change();

create function announce_session_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_identity', 'session:' || old.session_id);
  if tg_op = 'UPDATE' and new.session_id <> old.session_id then
    perform pg_notify('erdem_identity', 'session:' || new.session_id);
  end if;
  return null;
end $$;
create trigger session_changed after update or delete on spring_session
  for each row execute function announce_session_change();

-- An attribute names its session by the row's key; the notice names it by the id its cookie carries.
-- When the session itself is deleted, its own trigger has announced it.
create function announce_session_attribute_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_identity', 'session:' || s.session_id)
     from identity.spring_session s
    where s.primary_id = case tg_op when 'DELETE' then old.session_primary_id else new.session_primary_id end;
  return null;
end $$;
create trigger session_attribute_changed after insert or update or delete on spring_session_attributes
  for each row execute function announce_session_attribute_change();
