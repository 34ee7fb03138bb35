-- Site visits by trainers (issue 8): the visits, their trainers and history, trainers' unavailability and the
-- secret of each trainer's calendar feed. V7 belongs to inquiries.

CREATE TABLE site_visit (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    ical_uid                VARCHAR(100)  NOT NULL,
    site_id                 BIGINT        NOT NULL,
    purpose                 VARCHAR(200)  NOT NULL,
    topics                  VARCHAR(500)  NOT NULL,
    format                  VARCHAR(16)   NOT NULL,
    starts_at               DATETIME(6)   NOT NULL,
    ends_at                 DATETIME(6)   NOT NULL,
    zone                    VARCHAR(64)   NOT NULL,
    contact_name            VARCHAR(200)  NOT NULL,
    contact_email           VARCHAR(320)  NOT NULL,
    agenda                  ${long_text},
    status                  VARCHAR(16)   NOT NULL,
    status_reason           VARCHAR(1000),
    report_summary          ${long_text},
    report_recommendations  ${long_text},
    report_follow_ups       ${long_text},
    sequence_number         INT           NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT pk_site_visit PRIMARY KEY (id),
    CONSTRAINT uq_site_visit_ical_uid UNIQUE (ical_uid),
    CONSTRAINT fk_site_visit_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_site_visit_starts_at ON site_visit (starts_at);

CREATE TABLE site_visit_trainer (
    visit_id    BIGINT NOT NULL,
    trainer_id  BIGINT NOT NULL,
    CONSTRAINT pk_site_visit_trainer PRIMARY KEY (visit_id, trainer_id),
    CONSTRAINT fk_site_visit_trainer_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id),
    CONSTRAINT fk_site_visit_trainer_user FOREIGN KEY (trainer_id) REFERENCES staff_user (id)
);
CREATE INDEX ix_site_visit_trainer_user ON site_visit_trainer (trainer_id);

CREATE TABLE site_visit_history (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    visit_id     BIGINT         NOT NULL,
    occurred_at  DATETIME(6)    NOT NULL,
    actor        VARCHAR(254)   NOT NULL,
    action       VARCHAR(40)    NOT NULL,
    detail       VARCHAR(2000)  NOT NULL,
    CONSTRAINT pk_site_visit_history PRIMARY KEY (id),
    CONSTRAINT fk_site_visit_history_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id)
);

CREATE TABLE trainer_unavailability (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    trainer_id  BIGINT        NOT NULL,
    starts_at   DATETIME(6)   NOT NULL,
    ends_at     DATETIME(6)   NOT NULL,
    zone        VARCHAR(64)   NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    created_by  VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_trainer_unavailability PRIMARY KEY (id),
    CONSTRAINT fk_trainer_unavailability_user FOREIGN KEY (trainer_id) REFERENCES staff_user (id)
);
CREATE INDEX ix_trainer_unavailability_user ON trainer_unavailability (trainer_id, starts_at);

-- Only the SHA-256 of the feed's secret is kept; a new secret replaces the row, revoking deletes it.
CREATE TABLE trainer_feed (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    trainer_id  BIGINT       NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_trainer_feed PRIMARY KEY (id),
    CONSTRAINT uq_trainer_feed_trainer UNIQUE (trainer_id),
    CONSTRAINT uq_trainer_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_trainer_feed_user FOREIGN KEY (trainer_id) REFERENCES staff_user (id)
);
