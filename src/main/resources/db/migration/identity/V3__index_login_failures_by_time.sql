-- Failures older than the throttling window are removed; this finds them.
create index login_failure_at on login_failure (at);
