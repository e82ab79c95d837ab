-- Re-issued letters (issue 15, SPEC.md §12): a payout keeps every letter it was given, and has exactly one CURRENT
-- letter, the one no other letter supersedes. V4's UNIQUE (payout_id) becomes a unique index on current letters;
-- issuing stays idempotent (ON CONFLICT on that index), and a re-issue supersedes the old letter and inserts its
-- successor in one statement, so that the payout is never without, nor with two, current letters.
ALTER TABLE letter DROP CONSTRAINT letter_payout_id_key;
CREATE UNIQUE INDEX letter_current_per_payout_idx ON letter (payout_id) WHERE superseded_by IS NULL;
-- The letters step's "payout without a letter" and the foreign key to payout look up every letter of a payout.
CREATE INDEX letter_payout_idx ON letter (payout_id);
