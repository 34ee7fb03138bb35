-- How much of a status change's date is known: a site that launched "in 2011" has been operational since 2011.
ALTER TABLE site_status_change ADD COLUMN effective_precision VARCHAR(5) DEFAULT 'DAY' NOT NULL;

-- Seeded and imported sites got their first status as of the day of import. Where that first status is launching or
-- operational and the launch date is known and past, it took effect at the launch, as precisely as the date is known.
UPDATE site_status_change
SET effective_on = (SELECT CAST(CONCAT(s.launch_year, '-', LPAD(COALESCE(s.launch_month, 1), 2, '0'), '-',
                                      LPAD(COALESCE(s.launch_day, 1), 2, '0')) AS DATE)
                    FROM site s WHERE s.id = site_status_change.site_id),
    effective_precision = (SELECT CASE WHEN s.launch_month IS NULL THEN 'YEAR'
                                       WHEN s.launch_day IS NULL THEN 'MONTH' ELSE 'DAY' END
                           FROM site s WHERE s.id = site_status_change.site_id)
WHERE status IN ('LAUNCHING', 'OPERATIONAL')
  AND site_id IN (SELECT s.id FROM site s WHERE s.launch_year IS NOT NULL
                  AND CAST(CONCAT(s.launch_year, '-', LPAD(COALESCE(s.launch_month, 1), 2, '0'), '-',
                                  LPAD(COALESCE(s.launch_day, 1), 2, '0')) AS DATE) <= CURRENT_DATE)
  AND id IN (SELECT first_change.id FROM (SELECT MIN(c.id) AS id FROM site_status_change c GROUP BY c.site_id) first_change);
