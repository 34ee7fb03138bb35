-- ${long_text} is CLOB on H2 and LONGTEXT on MariaDB (see DatabaseMigration).

-- Seed and staff-edited content pages (home, /about/<slug>).
CREATE TABLE content_page (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    slug           VARCHAR(80)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    summary        VARCHAR(500) NOT NULL,
    menu_order     INT          NOT NULL,
    body_markdown  ${long_text}  NOT NULL,
    body_html      ${long_text}  NOT NULL,
    seed_checksum  VARCHAR(64),
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    edited_at      DATETIME(6),
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_content_page PRIMARY KEY (id),
    CONSTRAINT uq_content_page_slug UNIQUE (slug)
);

-- One row per cluster-wide job; a pessimistic lock on the row serialises the job across nodes.
CREATE TABLE job_lock (
    name VARCHAR(64) NOT NULL,
    CONSTRAINT pk_job_lock PRIMARY KEY (name)
);
INSERT INTO job_lock (name) VALUES ('content-import');
