-- A site visit may answer a contact-us inquiry: the visit keeps the link, the inquiry finds its visits through it.
ALTER TABLE site_visit ADD COLUMN inquiry_id BIGINT;
ALTER TABLE site_visit ADD CONSTRAINT fk_site_visit_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id);
CREATE INDEX ix_site_visit_inquiry ON site_visit (inquiry_id);
