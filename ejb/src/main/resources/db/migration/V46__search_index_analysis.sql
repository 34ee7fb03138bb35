-- The analysis each search backend's index was last written with, shared by every node of a cluster (it was a file in
-- each node's data directory, so a node with a new data directory rebuilt the index the others were searching). No
-- row yet: the first start of this version rebuilds the index once. The start-up check runs on one node at a time.
CREATE TABLE search_index_analysis (
    backend    VARCHAR(16) NOT NULL,
    analysis   VARCHAR(64) NOT NULL,
    written_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_search_index_analysis PRIMARY KEY (backend)
);
INSERT INTO job_lock (name) VALUES ('index-check');
