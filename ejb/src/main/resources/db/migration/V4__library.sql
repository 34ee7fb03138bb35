-- Resource library (issue 5). ${long_text}/${long_binary}: CLOB/BLOB on H2, LONGTEXT/LONGBLOB on MariaDB.

-- Vocabularies kept as data, identified by slugs; seeded from the content module, extendable by staff.
CREATE TABLE library_topic (
    id    BIGINT       NOT NULL AUTO_INCREMENT,
    slug  VARCHAR(80)  NOT NULL,
    label VARCHAR(120) NOT NULL,
    CONSTRAINT pk_library_topic PRIMARY KEY (id),
    CONSTRAINT uq_library_topic_slug UNIQUE (slug)
);

CREATE TABLE library_audience (
    id    BIGINT       NOT NULL AUTO_INCREMENT,
    slug  VARCHAR(80)  NOT NULL,
    label VARCHAR(120) NOT NULL,
    CONSTRAINT pk_library_audience PRIMARY KEY (id),
    CONSTRAINT uq_library_audience_slug UNIQUE (slug)
);

-- The bytes of uploaded files, apart from the resources so that lists never load them.
CREATE TABLE library_file (
    id      BIGINT         NOT NULL AUTO_INCREMENT,
    content ${long_binary} NOT NULL,
    CONSTRAINT pk_library_file PRIMARY KEY (id)
);

CREATE TABLE library_resource (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    slug           VARCHAR(120)  NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    summary        VARCHAR(1000) NOT NULL,
    resource_type  VARCHAR(32)   NOT NULL,
    published_on   DATE          NOT NULL,
    language       VARCHAR(8)    NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    external_url   VARCHAR(500),
    file_id        BIGINT,
    file_name      VARCHAR(255),
    media_type     VARCHAR(120),
    size_bytes     BIGINT,
    sha256         VARCHAR(64),
    extracted_text ${long_text},
    seed_checksum  VARCHAR(64),
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_library_resource PRIMARY KEY (id),
    CONSTRAINT uq_library_resource_slug UNIQUE (slug),
    CONSTRAINT fk_library_resource_file FOREIGN KEY (file_id) REFERENCES library_file (id)
);

CREATE TABLE library_resource_topic (
    resource_id BIGINT NOT NULL,
    topic_id    BIGINT NOT NULL,
    CONSTRAINT pk_library_resource_topic PRIMARY KEY (resource_id, topic_id),
    CONSTRAINT fk_library_resource_topic_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id),
    CONSTRAINT fk_library_resource_topic_topic FOREIGN KEY (topic_id) REFERENCES library_topic (id)
);

CREATE TABLE library_resource_audience (
    resource_id BIGINT NOT NULL,
    audience_id BIGINT NOT NULL,
    CONSTRAINT pk_library_resource_audience PRIMARY KEY (resource_id, audience_id),
    CONSTRAINT fk_library_resource_audience_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id),
    CONSTRAINT fk_library_resource_audience_audience FOREIGN KEY (audience_id) REFERENCES library_audience (id)
);

-- Files a resource served before staff replaced them: their facts, not their bytes.
CREATE TABLE library_file_history (
    resource_id BIGINT       NOT NULL,
    file_name   VARCHAR(255),
    media_type  VARCHAR(120),
    size_bytes  BIGINT,
    sha256      VARCHAR(64),
    replaced_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_library_file_history_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id)
);
CREATE INDEX ix_library_file_history_resource ON library_file_history (resource_id);

INSERT INTO job_lock (name) VALUES ('library-import');
