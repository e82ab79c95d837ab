-- Business dates (issues #8, #7): the day a claim was approved and the day a payout was settled, as calendar days in
-- Asia/Shanghai, instead of the wall clock of the row's insert.
--
-- claim.approved_on: the day a reviewer approved the claim. A settlement run dated D settles the claims approved on or
-- before D, so a run can be dated in the past (replaying a county's history) without paying later approvals. A claim
-- has it exactly when it stands approved (APPROVED and the statuses after it). The lifecycle leads out of those by no
-- path; a claim taken out of them by hand (declining a claim the settlement refused) must clear it too.
--
-- payout.settled_on: the run date of the run that made the payout (a settlement run for CLAIM, a hardship-grant run
-- for GRANT). Reports and the grant run's "settled that year" read it, so a run dated 2024-12-31 pays claims of 2024
-- even when it runs in 2026.

ALTER TABLE claim ADD COLUMN approved_on date;

-- Backfill from the audit trail: the Beijing day of the claim's latest APPROVE row. A claim approved without one
-- (rows written straight into the database, such as an older demo load or test fixtures) takes the day it was
-- submitted: the earliest day it can have been approved, so no run that would have settled it stops doing so.
UPDATE claim c SET approved_on = (a.approved_at AT TIME ZONE 'Asia/Shanghai')::date
FROM (SELECT entity_ref, max(at) AS approved_at FROM audit_log
      WHERE entity_type = 'CLAIM' AND action = 'APPROVE' GROUP BY entity_ref) a
WHERE a.entity_ref = c.claim_no AND c.status IN ('APPROVED', 'SETTLED', 'PAID', 'PAYMENT_FAILED');
UPDATE claim SET approved_on = (submitted_at AT TIME ZONE 'Asia/Shanghai')::date
WHERE approved_on IS NULL AND status IN ('APPROVED', 'SETTLED', 'PAID', 'PAYMENT_FAILED');

ALTER TABLE claim ADD CONSTRAINT claim_approved_on_when_approved
    CHECK ((approved_on IS NOT NULL) = (status IN ('APPROVED', 'SETTLED', 'PAID', 'PAYMENT_FAILED')));

-- Backfill: until now a payout's day was the Beijing day of its insert, which is the run's date unless the run ran
-- past midnight or was dated otherwise; that is the best the rows tell.
ALTER TABLE payout ADD COLUMN settled_on date;
UPDATE payout SET settled_on = (created_at AT TIME ZONE 'Asia/Shanghai')::date;
ALTER TABLE payout ALTER COLUMN settled_on SET NOT NULL;

-- One index for both readers of a payout's day, the reports (claim payouts of a period) and the grant run (claim
-- payouts of a year), in place of V8's and V9's two on created_at: each index is one more write per payout in the
-- settlement run (issue #7).
DROP INDEX payout_settled_at_idx;
DROP INDEX payout_created_idx;
CREATE INDEX payout_settled_on_idx ON payout (settled_on) WHERE kind = 'CLAIM';
