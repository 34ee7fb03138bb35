-- Further manage links of a registration, mailed when someone registers again with its address (issue 13):
-- only the token's hash is stored, and a link works as long as its registration exists.
CREATE TABLE registration_link (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    registration_id  BIGINT       NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_registration_link PRIMARY KEY (id),
    CONSTRAINT uq_registration_link_hash UNIQUE (token_hash),
    CONSTRAINT fk_registration_link_registration FOREIGN KEY (registration_id)
        REFERENCES training_registration (id) ON DELETE CASCADE
);
CREATE INDEX ix_registration_link_registration ON registration_link (registration_id, created_at);
