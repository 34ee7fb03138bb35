-- Authenticator secrets are stored sealed with the portal's secret key (AES-GCM, "v1:" and Base64 of nonce,
-- ciphertext and tag), which is longer than the secret itself. The portal seals existing ones at its next start.
ALTER TABLE staff_user MODIFY totp_secret VARCHAR(200);
-- The check value of that key (AuthenticatorSecrets): empty until the first start writes it under a row lock.
INSERT INTO portal_setting (name, setting_value) VALUES ('secret-key-check', '');
