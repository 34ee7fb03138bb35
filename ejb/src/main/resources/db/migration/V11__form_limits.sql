-- The rate-limit counts of every public form in one table (issue 13): contact-us inquiries, training
-- registrations and password-reset requests. "form" is also the name of the job lock its checks run under.
-- "accepted" is false for a post dropped as a bot's, which counts against its address but not everyone's.
CREATE TABLE form_submission (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    form            VARCHAR(32)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    accepted        BOOLEAN      NOT NULL,
    CONSTRAINT pk_form_submission PRIMARY KEY (id)
);
CREATE INDEX ix_form_submission_time ON form_submission (form, submitted_at);
CREATE INDEX ix_form_submission_address ON form_submission (form, client_address, submitted_at);

INSERT INTO form_submission (form, client_address, submitted_at, accepted)
    SELECT 'inquiry-intake', client_address, submitted_at, TRUE FROM inquiry_submission;
DROP TABLE inquiry_submission;

INSERT INTO job_lock (name) VALUES ('registration-intake');
INSERT INTO job_lock (name) VALUES ('password-reset');
