-- Issue 17. The audit trail searched newest first (GET /audit): one index per way in, each ending in the page's
-- order (at DESC, id DESC) so that a page is read off the index instead of sorting every match
-- (docs/admin-audit-budgets.md has the plans measured). By entity and reference, V1's index already finds the
-- few rows of one record.
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor_at_idx ON audit_log (actor, at DESC, id DESC);
CREATE INDEX audit_log_entity_at_idx ON audit_log (entity_type, at DESC, id DESC);

-- The hardship budget of a year, set by admin (PUT /budgets/{year}); the year's grant runs spend it. Whole yuan, as
-- the runs' budgets are. The hardship-grant job locks the row while it decides, so two runs cannot both spend it.
CREATE TABLE hardship_budget (
    year       integer       PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
    amount     numeric(14,2) NOT NULL CHECK (amount >= 0 AND amount = trunc(amount)),
    set_by     varchar(64)   NOT NULL,
    set_at     timestamptz   NOT NULL DEFAULT now()
);
