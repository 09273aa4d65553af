-- One connection per node now listens for every module's changes (shared.db.ChangeNotices), on one
-- channel; the notices themselves are unchanged. While a rolling update runs, nodes of the release
-- before still listen on erdem_identity, so every notice goes to both channels until a later
-- migration drops the old one.

create function announce_identity_change(notice text) returns void language plpgsql as $$
begin
  perform pg_notify('erdem_changes', notice);
  perform pg_notify('erdem_identity', notice);
end $$;

create or replace function announce_account_change() returns trigger language plpgsql as $$
begin
  perform identity.announce_identity_change('account:' || old.id);
  return null;
end $$;

create or replace function announce_role_change() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    perform identity.announce_identity_change('account:' || old.account_id);
  end if;
  if tg_op <> 'DELETE' then
    perform identity.announce_identity_change('account:' || new.account_id);
  end if;
  return null;
end $$;

create or replace function announce_session_change() returns trigger language plpgsql as $$
begin
  perform identity.announce_identity_change('session:' || old.session_id);
  if tg_op = 'UPDATE' and new.session_id <> old.session_id then
    perform identity.announce_identity_change('session:' || new.session_id);
  end if;
  return null;
end $$;

create or replace function announce_session_attribute_change() returns trigger language plpgsql as $$
begin
  perform identity.announce_identity_change('session:' || s.session_id)
     from identity.spring_session s
    where s.primary_id = case tg_op when 'DELETE' then old.session_primary_id else new.session_primary_id end;
  return null;
end $$;
