-- Two resources, sites or trainings created at the same moment with the same title would pick the same free
-- slug and the second would fail on the unique key: creations take this lock while they choose their slug.
INSERT INTO job_lock (name) VALUES ('new-slug');
