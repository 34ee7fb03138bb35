-- Contact-us inquiries (issue 7): the inquiry, what it asks about, its timeline, and the submissions counted
-- by the rate limits (in the database, so that every node sees the same counts).
CREATE TABLE inquiry (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    reference          VARCHAR(20)   NOT NULL,
    reference_year     INT           NOT NULL,
    reference_number   INT           NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    email              VARCHAR(320)  NOT NULL,
    phone              VARCHAR(40),
    organisation       VARCHAR(200)  NOT NULL,
    role               VARCHAR(200)  NOT NULL,
    jurisdiction       VARCHAR(200)  NOT NULL,
    state              VARCHAR(2)    NOT NULL,
    stage              VARCHAR(16)   NOT NULL,
    message            ${long_text}  NOT NULL,
    consent            BOOLEAN       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    assignee           VARCHAR(254),
    site_id            BIGINT,
    client_address     VARCHAR(64)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    first_response_at  DATETIME(6),
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_inquiry PRIMARY KEY (id),
    CONSTRAINT uq_inquiry_reference UNIQUE (reference),
    CONSTRAINT uq_inquiry_reference_number UNIQUE (reference_year, reference_number),
    CONSTRAINT fk_inquiry_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_inquiry_created ON inquiry (created_at);
CREATE INDEX ix_inquiry_status ON inquiry (status);
CREATE INDEX ix_inquiry_assignee ON inquiry (assignee);

CREATE TABLE inquiry_interest (
    inquiry_id  BIGINT       NOT NULL,
    interest    VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_inquiry_interest PRIMARY KEY (inquiry_id, interest),
    CONSTRAINT fk_inquiry_interest_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id)
);

CREATE TABLE inquiry_stakeholder (
    inquiry_id   BIGINT       NOT NULL,
    stakeholder  VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_inquiry_stakeholder PRIMARY KEY (inquiry_id, stakeholder),
    CONSTRAINT fk_inquiry_stakeholder_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id)
);

CREATE TABLE inquiry_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    inquiry_id   BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    from_status  VARCHAR(16),
    to_status    VARCHAR(16),
    detail       ${long_text},
    CONSTRAINT pk_inquiry_event PRIMARY KEY (id),
    CONSTRAINT fk_inquiry_event_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id)
);
CREATE INDEX ix_inquiry_event_inquiry ON inquiry_event (inquiry_id, occurred_at);

CREATE TABLE inquiry_submission (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    client_address  VARCHAR(64)  NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_inquiry_submission PRIMARY KEY (id)
);
CREATE INDEX ix_inquiry_submission_time ON inquiry_submission (submitted_at);
CREATE INDEX ix_inquiry_submission_address ON inquiry_submission (client_address, submitted_at);

-- Serialises intake: the rate-limit counts and the next reference number are read and written under it.
INSERT INTO job_lock (name) VALUES ('inquiry-intake');
