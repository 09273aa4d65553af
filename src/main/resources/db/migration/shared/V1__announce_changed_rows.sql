-- A change notice (shared.db.ChangeNotices, ADR 0017) for each row a statement changes, of the row
-- before and after: the trigger's arguments are pairs of a topic and the column whose value is the
-- notice's key. A row with no value there announces nothing for that pair.
create function announce_rows() returns trigger language plpgsql as $$
declare
  before jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  after jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
begin
  for i in 0 .. tg_nargs - 2 by 2 loop
    if before ->> tg_argv[i + 1] is not null then
      perform pg_notify('erdem_changes', tg_argv[i] || ':' || (before ->> tg_argv[i + 1]));
    end if;
    if after ->> tg_argv[i + 1] is not null then
      perform pg_notify('erdem_changes', tg_argv[i] || ':' || (after ->> tg_argv[i + 1]));
    end if;
  end loop;
  return null;
end $$;
