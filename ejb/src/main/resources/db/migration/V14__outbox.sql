-- Notices to members (issue 15, SPEC.md §12): written in the transaction of their event, sent afterwards at least
-- once. message_id is what the SMS service sees (its idempotency key), so a send repeated after a crash is one text.
CREATE TABLE outbox (
    id              bigserial    PRIMARY KEY,
    message_id      uuid         NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    phone           varchar(11)  NOT NULL,
    kind            varchar(24)  NOT NULL,
    parameters      jsonb        NOT NULL,              -- the template's values, masked data only
    text            varchar(500) NOT NULL,              -- the message as the member reads it, sign included
    created_at      timestamptz  NOT NULL DEFAULT now(),
    status          varchar(8)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_phone_idx ON outbox (phone, created_at DESC);

-- Each try to hand a notice to the SMS service, and what came of it.
CREATE TABLE outbox_attempt (
    outbox_id  bigint       NOT NULL REFERENCES outbox,
    attempt    integer      NOT NULL,
    at         timestamptz  NOT NULL DEFAULT now(),
    outcome    varchar(8)   NOT NULL CHECK (outcome IN ('SENT', 'RETRY', 'FAILED')),
    detail     varchar(300),
    PRIMARY KEY (outbox_id, attempt)
);
