-- Settlement (SPEC.md §6): payouts, the payment files handed to the bank, and their rows.
--
-- A payout pays either a claim (kind CLAIM, claim_id set) or, once the hardship-grant job exists,
-- a grant (kind GRANT, grant_id set; its table comes with that job, so no foreign key yet). One
-- payout per claim and per grant, enforced here: whatever a restarted or repeated run does, the
-- database refuses a second payout (SPEC.md §9). Payment files and rows serve both kinds alike.
--
-- A run is a Jakarta Batch job instance: a restart after a crash is a new job execution of the same
-- instance, and the payment file covers every payout of the instance. So payouts and files carry
-- the job instance id (the run) and, for the record, the execution that wrote them.

CREATE TABLE payout (
    id                     bigserial     PRIMARY KEY,
    kind                   varchar(8)    NOT NULL CHECK (kind IN ('CLAIM', 'GRANT')),
    claim_id               bigint        UNIQUE REFERENCES claim,
    grant_id               bigint        UNIQUE,
    member_id              bigint        NOT NULL REFERENCES member,
    -- CLAIM: the member, plan and coverage period whose deductible and caps the claim used
    plan_code              varchar(16)   REFERENCES plan,
    enrollment_id          bigint        REFERENCES enrollment,
    coverage_start         date,
    coverage_end           date,
    payable                numeric(14,2) NOT NULL CHECK (payable >= 0),
    -- What the claim used (ClaimUsage): PeriodUsage is rebuilt as sums of these over a period's payouts.
    -- Exact amounts, hence numeric without scale.
    deductible_used        numeric       NOT NULL DEFAULT 0,
    placed_on_bands        numeric       NOT NULL DEFAULT 0,
    cap_used               numeric       NOT NULL DEFAULT 0,
    pays_once_only_benefit boolean       NOT NULL DEFAULT false,
    accident_date          date,
    accident_lump_sum_paid numeric       NOT NULL DEFAULT 0,
    breakdown              jsonb         NOT NULL,   -- PayoutBreakdown: every step, for letters and the API
    settlement_run         bigint        NOT NULL,   -- the job instance id of the run
    job_execution_id       bigint        NOT NULL,   -- the execution (first run or restart) that wrote it
    created_at             timestamptz   NOT NULL DEFAULT now(),
    CHECK ((kind = 'CLAIM' AND claim_id IS NOT NULL AND grant_id IS NULL
            AND plan_code IS NOT NULL AND enrollment_id IS NOT NULL
            AND coverage_start IS NOT NULL AND coverage_end IS NOT NULL)
        OR (kind = 'GRANT' AND grant_id IS NOT NULL AND claim_id IS NULL))
);
CREATE INDEX payout_period_idx ON payout (enrollment_id);
CREATE INDEX payout_run_idx ON payout (settlement_run);

-- One file per run and kind. Its rows are stored first and the file is written from them, so
-- re-running the file step after a crash writes the same bytes from the same rows.
CREATE TABLE payment_file (
    id               bigserial     PRIMARY KEY,
    kind             varchar(8)    NOT NULL CHECK (kind IN ('CLAIM', 'GRANT')),
    settlement_run   bigint        NOT NULL,
    job_execution_id bigint        NOT NULL,
    file_name        varchar(255)  NOT NULL UNIQUE,  -- inside the huzhu.files.dir directory
    row_count        integer       NOT NULL CHECK (row_count >= 0),
    total            numeric(14,2) NOT NULL CHECK (total >= 0),
    sha256           char(64),                       -- of the file's bytes; null until the file is written
    created_at       timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (settlement_run, kind)
);

-- A payout in a payment file, as the bank gets it. Payee and card are copied as they were sent:
-- the bank return file is reconciled against what was sent, not against today's member record.
CREATE TABLE payment_row (
    id              bigserial     PRIMARY KEY,
    payment_file_id bigint        NOT NULL REFERENCES payment_file,
    sequence        integer       NOT NULL CHECK (sequence > 0),
    payout_id       bigint        NOT NULL UNIQUE REFERENCES payout,
    payee_name      varchar(100)  NOT NULL,
    bank_card       varchar(19)   NOT NULL,
    bank_name       varchar(100)  NOT NULL,
    amount          numeric(14,2) NOT NULL CHECK (amount > 0),
    purpose         varchar(8)    NOT NULL CHECK (purpose IN ('互助金', '帮扶金')),
    reference       varchar(16)   NOT NULL,         -- claim or grant number
    UNIQUE (payment_file_id, sequence)
);
