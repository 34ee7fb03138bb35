-- Which LEAD site or community a registrant comes from, chosen from the directory (optional; staff may correct
-- it on the roster), so that a site's record shows the trainings its people attended (issue 16).
ALTER TABLE training_registration ADD COLUMN site_id BIGINT;
ALTER TABLE training_registration ADD CONSTRAINT fk_training_registration_site FOREIGN KEY (site_id) REFERENCES site (id);
CREATE INDEX ix_training_registration_site ON training_registration (site_id);
-- The timeline of a site reads its inquiries and visits newest first.
CREATE INDEX ix_inquiry_site_created ON inquiry (site_id, created_at);
CREATE INDEX ix_site_visit_site_start ON site_visit (site_id, starts_at);
