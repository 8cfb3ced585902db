-- Ids of audit entries are taken 500 at a time (AuditEvent's allocationSize, which must equal this
-- increment; SequenceAllocationTest checks it): every change writes one entry per field, and each
-- refill of the block made every writer wait, behind EclipseLink's sequencing lock, for a round trip
-- to the database (the progress note's p99 on PostgreSQL, docs/performance.md). The ids handed out
-- before are all at or below the sequence's current value, so none is given twice.
alter sequence aud_event_seq increment by 500;
