-- One connection per node now listens for every module's changes (shared.db.ChangeNotices), on one
-- channel; the notices themselves are unchanged.

create or replace function announce_account_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'account:' || old.id);
  return null;
end $$;

create or replace function announce_role_change() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    perform pg_notify('erdem_changes', 'account:' || old.account_id);
  end if;
  if tg_op <> 'DELETE' then
    perform pg_notify('erdem_changes', 'account:' || new.account_id);
  end if;
  return null;
end $$;

create or replace function announce_session_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'session:' || old.session_id);
  if tg_op = 'UPDATE' and new.session_id <> old.session_id then
    perform pg_notify('erdem_changes', 'session:' || new.session_id);
  end if;
  return null;
end $$;

create or replace function announce_session_attribute_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('erdem_changes', 'session:' || s.session_id)
     from identity.spring_session s
    where s.primary_id = case tg_op when 'DELETE' then old.session_primary_id else new.session_primary_id end;
  return null;
end $$;
