-- Two-step sign-in (TOTP): recovery codes, replay protection, and the ADMIN setting that requires it.
ALTER TABLE staff_user ADD COLUMN totp_last_step BIGINT;

CREATE TABLE totp_recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT pk_totp_recovery_code PRIMARY KEY (id),
    CONSTRAINT fk_totp_recovery_code_user FOREIGN KEY (user_id) REFERENCES staff_user (id) ON DELETE CASCADE
);

CREATE TABLE portal_setting (
    name          VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(255) NOT NULL,
    CONSTRAINT pk_portal_setting PRIMARY KEY (name)
);
INSERT INTO portal_setting (name, setting_value) VALUES ('totp-required-for-admins', 'false');
