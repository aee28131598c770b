-- The tracker's page of a body's schools in name order, read from the index instead of sorting every school.
create index ix_school_body_search on school (supervising_body_id, search_key, id);
