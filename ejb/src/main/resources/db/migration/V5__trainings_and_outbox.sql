-- ${long_text} is CLOB on H2 and LONGTEXT on MariaDB; ${long_binary} is BLOB on H2 and LONGBLOB on MariaDB.

-- The mail outbox: every message is written here in the transaction of the change that caused it, and a
-- scheduled sender delivers it (see org.leadbureau.portal.mail).
CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body_text        ${long_text}  NOT NULL,
    body_html        ${long_text}  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_error       VARCHAR(1000),
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6),
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_outbox_message PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);

CREATE TABLE outbox_attachment (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    message_id    BIGINT          NOT NULL,
    file_name     VARCHAR(200)    NOT NULL,
    content_type  VARCHAR(200)    NOT NULL,
    content       ${long_binary}  NOT NULL,
    CONSTRAINT pk_outbox_attachment PRIMARY KEY (id),
    CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id)
);

-- Trainings and their registrations.
CREATE TABLE training (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    slug                 VARCHAR(100)  NOT NULL,
    ical_uid             VARCHAR(100)  NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    description          ${long_text}  NOT NULL,
    topics               VARCHAR(500)  NOT NULL,
    audience             VARCHAR(300)  NOT NULL,
    format               VARCHAR(16)   NOT NULL,
    starts_at            DATETIME(6)   NOT NULL,
    ends_at              DATETIME(6)   NOT NULL,
    zone                 VARCHAR(64)   NOT NULL,
    venue                VARCHAR(500),
    join_link            VARCHAR(500),
    capacity             INT           NOT NULL,
    registration_opens   DATETIME(6),
    registration_closes  DATETIME(6),
    questions            VARCHAR(1000) NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    published_at         DATETIME(6),
    sequence_number      INT           NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_training PRIMARY KEY (id),
    CONSTRAINT uq_training_slug UNIQUE (slug),
    CONSTRAINT uq_training_ical_uid UNIQUE (ical_uid)
);
CREATE INDEX ix_training_starts_at ON training (starts_at);

CREATE TABLE training_registration (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    training_id       BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    email             VARCHAR(320)  NOT NULL,
    organisation      VARCHAR(200)  NOT NULL,
    role              VARCHAR(200)  NOT NULL,
    jurisdiction      VARCHAR(200)  NOT NULL,
    answers           VARCHAR(2000) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    waitlist_number   BIGINT,
    manage_token      VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    confirmed_at      DATETIME(6),
    cancelled_at      DATETIME(6),
    attended_at       DATETIME(6),
    reminder_sent_at  DATETIME(6),
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_training_registration PRIMARY KEY (id),
    CONSTRAINT uq_training_registration_token UNIQUE (manage_token),
    CONSTRAINT fk_training_registration_training FOREIGN KEY (training_id) REFERENCES training (id)
);
CREATE INDEX ix_training_registration_email ON training_registration (training_id, email);
CREATE INDEX ix_training_registration_status ON training_registration (training_id, status);

INSERT INTO job_lock (name) VALUES ('training-import');
INSERT INTO job_lock (name) VALUES ('outbox-sender');
INSERT INTO job_lock (name) VALUES ('training-reminders');
