-- Search snippets come from the first 8,000 characters of a document's text. Reading them from the full text (a
-- LOB) made the database read and convert the whole document for every hit, so a page of hits from long documents
-- cost many times one from short ones; this column holds just that opening.
ALTER TABLE library_resource ADD COLUMN text_opening VARCHAR(8000);
UPDATE library_resource SET text_opening = SUBSTRING(extracted_text, 1, 8000) WHERE extracted_text IS NOT NULL;
