-- Whether a site is in the public directory, apart from its status: a site made from an inquiry starts as a draft
-- that staff review and publish. Every site listed so far stays published.
ALTER TABLE site ADD COLUMN published BOOLEAN DEFAULT TRUE NOT NULL;
