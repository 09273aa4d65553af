-- Which children a guardian sees is what the guardian's account may do: pages kept on each app node
-- (shared.web.KeptPages, ADR 0018) for the account are forgotten when a guardianship changes.
create trigger guardianship_changed after insert or update or delete on guardianship
  for each row execute function shared.announce_rows('account', 'guardian_id');
