-- A member's page lists their claims by the member number they were entered with (a claim whose number matched no
-- member has no member_id, and the page must not need one), newest first.
CREATE INDEX claim_member_no_idx ON claim (member_no, submitted_at DESC);
