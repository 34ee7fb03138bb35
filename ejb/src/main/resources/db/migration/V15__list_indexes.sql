-- Indexes for every column a list filters or sorts on, and for the retention jobs' cut-offs, so that lists and
-- clean-ups read what they show, not whole tables (issue 12).

-- The library lists: published ones by date (the default order) and by title.
CREATE INDEX ix_library_resource_status_date ON library_resource (status, published_on);
CREATE INDEX ix_library_resource_title ON library_resource (title);

-- The directory sorts by name (and breaks every other order's ties with it).
CREATE INDEX ix_site_name ON site (name);

-- The audit log filtered by action, newest first; the retention job deletes by time (ix_audit_event_time).
CREATE INDEX ix_audit_event_action_time ON audit_event (action, occurred_at);

-- The outbox page pages by creation time; retention finds delivered messages by when they were sent.
CREATE INDEX ix_outbox_message_created ON outbox_message (created_at);
CREATE INDEX ix_outbox_message_sent ON outbox_message (status, sent_at);

-- Sign-in attempts are deleted once older than their window.
CREATE INDEX ix_sign_in_attempt_time ON sign_in_attempt (attempted_at);

-- Upcoming trainings: published ones that have not ended. Rosters filter by training and status
-- (ix_training_registration_status) and list the waitlist in order.
CREATE INDEX ix_training_status_ends ON training (status, ends_at);
CREATE INDEX ix_training_registration_waitlist ON training_registration (training_id, status, waitlist_number);

-- The inbox filters by state and stage besides status, assignee and age (already indexed).
CREATE INDEX ix_inquiry_state ON inquiry (state);
CREATE INDEX ix_inquiry_stage ON inquiry (stage);

-- Visits in a window of dates overlap it: they start before its end and end after its start.
CREATE INDEX ix_site_visit_ends_at ON site_visit (ends_at);

-- Set-up, invitation and reset links are found by when they expire.
CREATE INDEX ix_account_token_expires ON account_token (expires_at);
