-- A letter is about a payout that exists (SPEC.md §8): V4 could not say so before the payout table (V3)
-- was merged. payout_id is UNIQUE already, so the key is indexed on the letter's side.
ALTER TABLE letter ADD CONSTRAINT letter_payout_fk FOREIGN KEY (payout_id) REFERENCES payout (id);

-- GET /claims/{claimNo} shows the claim's current letter.
CREATE INDEX letter_subject_idx ON letter (subject_no);
