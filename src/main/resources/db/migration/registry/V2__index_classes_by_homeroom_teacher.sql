-- A teacher's classes are looked up on every page she opens (who she may see); without this index
-- that was a scan of every class in the country.
create index class_homeroom on registry.class (homeroom_staff_id);
