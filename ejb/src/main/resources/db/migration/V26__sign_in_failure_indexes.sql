-- Throttling reads only failures in the last minutes, but every successful sign-in, and every API request with
-- Basic credentials, adds a row: with the outcome before the time in these indexes, that read skips the successes
-- instead of scanning all of them (uploads through the API slowed as they piled up).
CREATE INDEX ix_sign_in_attempt_email_outcome ON sign_in_attempt (email, outcome, attempted_at);
CREATE INDEX ix_sign_in_attempt_address_outcome ON sign_in_attempt (client_address, outcome, attempted_at);
DROP INDEX ix_sign_in_attempt_email ON sign_in_attempt;
DROP INDEX ix_sign_in_attempt_address ON sign_in_attempt;
