-- Bank return files (SPEC.md §4, §6): the bank's answer to a payment file, row by row, and payment retry.
--
-- A return file is uploaded first and imported by the payment-return-import job, which keeps the outcome here:
-- IMPORTED (every row reconciled and applied), REFUSED (nothing changed; the mismatches are listed) or DUPLICATE
-- (a file with the same SHA-256 was imported already; nothing changed). The partial unique index makes the database
-- refuse a second import of the same bytes, whatever two imports racing each other do.
CREATE TABLE return_file (
    id               bigserial    PRIMARY KEY,
    file_name        varchar(255) NOT NULL,
    size_bytes       integer      NOT NULL,
    sha256           char(64)     NOT NULL,
    content          bytea        NOT NULL,
    uploaded_by      varchar(64)  NOT NULL,
    uploaded_at      timestamptz  NOT NULL DEFAULT now(),
    outcome          varchar(10)  CHECK (outcome IN ('IMPORTED', 'REFUSED', 'DUPLICATE')),
    outcome_detail   jsonb,        -- {rows, paid, failed, total, paymentFileId, mismatches: [text]}
    job_execution_id bigint,
    imported_at      timestamptz
);
CREATE UNIQUE INDEX return_file_imported_once ON return_file (sha256) WHERE outcome = 'IMPORTED';

-- A payment row is SENT until the bank answers it: PAID, or FAILED with the bank's reason.
ALTER TABLE payment_row
    ADD COLUMN status         varchar(8)   NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT', 'PAID', 'FAILED')),
    ADD COLUMN bank_reason    varchar(200),
    ADD COLUMN return_file_id bigint       REFERENCES return_file,
    ADD CHECK ((status = 'SENT') = (return_file_id IS NULL)),
    ADD CHECK (status <> 'FAILED' OR bank_reason IS NOT NULL);

-- A failed payment is retried with a new row in a later file, so a payout may have several rows, but at most one
-- that is not FAILED: still one payout, never paid twice.
ALTER TABLE payment_row DROP CONSTRAINT payment_row_payout_id_key;
CREATE UNIQUE INDEX payment_row_one_live_per_payout ON payment_row (payout_id) WHERE status <> 'FAILED';
