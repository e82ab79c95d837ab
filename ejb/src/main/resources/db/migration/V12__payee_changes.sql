-- Payee changes under four eyes (SPEC.md §1, §4; issue 13).
--
-- The member row holds the payee that is confirmed: the payment file reads it and nothing else. A change of payee
-- (name, bank card, bank name) of a member with money on its way (a claim APPROVED, or a payout above 0 that no
-- payment row has PAID yet) waits here as PENDING until a second person, reviewer or finance and never the requester,
-- confirms it (then it is written to the member) or refuses it. A roster that lists a member of another unit asks
-- here for the move (kind UNIT) instead of moving them.
CREATE TABLE payee_change (
    id           bigserial    PRIMARY KEY,
    member_id    bigint       NOT NULL REFERENCES member,
    kind         varchar(8)   NOT NULL CHECK (kind IN ('PAYEE', 'UNIT')),
    -- PAYEE: the payee requested, in full (what the payment file would pay once confirmed)
    payee_name   varchar(100),
    bank_card    varchar(19),
    bank_name    varchar(100),
    -- UNIT: the unit the member would move to
    unit_id      bigint       REFERENCES unit,
    source       varchar(8)   NOT NULL CHECK (source IN ('CLERK', 'ROSTER')),
    roster_run   bigint,      -- the enrollment-import run (job instance) and row that asked, for ROSTER
    roster_row   integer,
    requested_by varchar(64)  NOT NULL,
    requested_at timestamptz  NOT NULL DEFAULT now(),
    status       varchar(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'REFUSED')),
    decided_by   varchar(64),
    decided_at   timestamptz,
    reason       text,
    CHECK ((kind = 'PAYEE' AND payee_name IS NOT NULL AND unit_id IS NULL)
        OR (kind = 'UNIT' AND unit_id IS NOT NULL AND payee_name IS NULL AND bank_card IS NULL AND bank_name IS NULL)),
    CHECK ((status = 'PENDING') = (decided_by IS NULL AND decided_at IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
-- One pending change of each kind per member: a second request waits until the first is decided.
CREATE UNIQUE INDEX payee_change_one_pending ON payee_change (member_id, kind) WHERE status = 'PENDING';
CREATE INDEX payee_change_status_idx ON payee_change (status, requested_at);

-- "Money on its way to the member" asks for a member's payouts.
CREATE INDEX payout_member_idx ON payout (member_id);
