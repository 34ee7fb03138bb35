-- Staff accounts, their roles, one-time tokens, sign-in attempts (for throttling) and the audit log.
CREATE TABLE staff_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(255),
    active          BOOLEAN      NOT NULL,
    totp_secret     VARCHAR(64),
    totp_enabled    BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_login_at   DATETIME(6),
    password_changed_at DATETIME(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_staff_user PRIMARY KEY (id),
    CONSTRAINT uq_staff_user_email UNIQUE (email)
);

CREATE TABLE staff_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_staff_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (user_id) REFERENCES staff_user (id) ON DELETE CASCADE
);

-- Invitation, password-reset and first-administrator set-up links; only a hash of the token is kept.
CREATE TABLE account_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    user_id     BIGINT,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT pk_account_token PRIMARY KEY (id),
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES staff_user (id) ON DELETE CASCADE
);

CREATE TABLE sign_in_attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    attempted_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_sign_in_attempt PRIMARY KEY (id)
);
CREATE INDEX ix_sign_in_attempt_email ON sign_in_attempt (email, attempted_at);
CREATE INDEX ix_sign_in_attempt_address ON sign_in_attempt (client_address, attempted_at);

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(254),
    client_address VARCHAR(64),
    action         VARCHAR(40)   NOT NULL,
    subject        VARCHAR(254),
    detail         VARCHAR(1000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);

INSERT INTO job_lock (name) VALUES ('first-administrator');
