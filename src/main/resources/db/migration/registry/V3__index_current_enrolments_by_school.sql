-- A school's breakdown by class (achievement, inclusion indicators) starts from its current enrolments;
-- without this index that was a scan of every enrolment in the country (54 ms per school page).
create index enrolment_school_current on registry.enrolment (school_id) where ends_on is null;
