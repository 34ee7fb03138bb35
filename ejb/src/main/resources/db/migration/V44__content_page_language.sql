-- Content pages exist in several languages: one row per page and language, the English ones already here.
ALTER TABLE content_page ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE content_page DROP CONSTRAINT uq_content_page_slug;
ALTER TABLE content_page ADD CONSTRAINT uq_content_page_slug_language UNIQUE (slug, language);
