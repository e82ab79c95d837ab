-- Reports (SPEC.md §10): each figure sums the rows whose day falls in the period, so the period's bounds
-- must find those rows without reading a county's whole history.
CREATE INDEX enrollment_coverage_start_idx ON enrollment (coverage_start);
CREATE INDEX payout_created_idx ON payout (created_at) WHERE kind = 'CLAIM' AND payable > 0;
CREATE INDEX claim_submitted_idx ON claim (submitted_at);
