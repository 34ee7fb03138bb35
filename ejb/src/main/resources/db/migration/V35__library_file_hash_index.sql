-- A bulk import finds a file the library already holds by its SHA-256 (one lookup a line).
CREATE INDEX library_resource_sha256 ON library_resource (sha256);
