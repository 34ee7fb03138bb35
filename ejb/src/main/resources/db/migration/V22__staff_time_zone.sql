-- The zone a staff member reads times in (audit log, outbox, inquiries, histories). Empty: the Bureau's zone
-- (PORTAL_BUREAU_ZONE).
ALTER TABLE staff_user ADD COLUMN time_zone VARCHAR(64);
