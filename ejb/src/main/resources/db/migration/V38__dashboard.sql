-- The staff dashboard (issue 16): searches of the library that found nothing, counted per normalised term and day in
-- the Bureau's zone (no address, no session: nothing about who searched), and indexes for the dashboard's grouped
-- queries over the sites' status histories. The term holds at most 100 characters; 200 leaves H2, which counts
-- UTF-16 units, room for characters outside the BMP (see V30).
CREATE TABLE zero_result_search (
    search_day  DATE          NOT NULL,
    term        VARCHAR(200)  NOT NULL,
    searches    BIGINT        NOT NULL,
    CONSTRAINT pk_zero_result_search PRIMARY KEY (search_day, term)
);

CREATE INDEX ix_site_status_change_site_day ON site_status_change (site_id, effective_on);
CREATE INDEX ix_site_status_change_day ON site_status_change (effective_on);
