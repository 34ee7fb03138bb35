-- Retention (issue 12): a message that carried a set-up, invitation or reset link records until when the link
-- works, so that its bodies are removed as soon as it is delivered or the link expires; a redacted message keeps
-- its metadata and says when its bodies were removed.
ALTER TABLE outbox_message ADD COLUMN link_expires_at DATETIME(6);
ALTER TABLE outbox_message ADD COLUMN redacted_at DATETIME(6);
CREATE INDEX ix_outbox_message_link ON outbox_message (link_expires_at);

INSERT INTO job_lock (name) VALUES ('retention');
