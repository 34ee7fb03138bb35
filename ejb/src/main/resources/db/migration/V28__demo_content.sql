-- Made-up content (the seeded example trainings and documents) loads only when PORTAL_DEMO is on, and is marked as
-- an example wherever it shows; turning demo content off unpublishes it. The mark has to outlive the seed files,
-- so it is a column. What earlier versions seeded is marked here by slug (seeds took their slugs first): the five
-- example trainings and the invented Project Kestrel notes.
ALTER TABLE training ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE library_resource ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE training SET demo = TRUE WHERE slug IN
    ('introduction-to-lead', 'case-management-foundations', 'law-enforcement-partners-workshop',
     'harm-reduction-in-practice', 'lead-national-convening');
UPDATE library_resource SET demo = TRUE WHERE slug = 'project-kestrel-peer-navigator-notes';
