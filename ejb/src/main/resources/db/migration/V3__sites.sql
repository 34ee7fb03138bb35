-- The directory of participating LEAD sites (issue 4). V2 belongs to staff accounts.

CREATE TABLE site (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    slug           VARCHAR(80)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    jurisdiction   VARCHAR(200),
    state          VARCHAR(2)    NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    -- The launch date only as precise as its source: month and day stay empty when unknown.
    launch_year    INT,
    launch_month   INT,
    launch_day     INT,
    source_url     VARCHAR(1000),
    notes          VARCHAR(2000),
    website        VARCHAR(1000),
    organisation   VARCHAR(200),
    description    VARCHAR(2000),
    time_zone      VARCHAR(64)   NOT NULL,
    latitude       DOUBLE,
    longitude      DOUBLE,
    last_verified  DATE,
    retired_at     DATETIME(6),
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_site PRIMARY KEY (id),
    CONSTRAINT uq_site_slug UNIQUE (slug)
);
CREATE INDEX ix_site_state ON site (state);
CREATE INDEX ix_site_status ON site (status);
CREATE INDEX ix_site_launch_year ON site (launch_year);

CREATE TABLE site_status_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    site_id       BIGINT        NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    effective_on  DATE          NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    note          VARCHAR(500),
    CONSTRAINT pk_site_status_change PRIMARY KEY (id),
    CONSTRAINT fk_site_status_change_site FOREIGN KEY (site_id) REFERENCES site (id)
);

INSERT INTO job_lock (name) VALUES ('site-import');
