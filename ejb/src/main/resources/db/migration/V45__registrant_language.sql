-- The language a registrant or inquirer used on the portal: every later mail to them is written in it.
ALTER TABLE training_registration ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE inquiry ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
