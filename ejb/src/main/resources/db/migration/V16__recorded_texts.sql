-- The demo's and the tests' stand-in for the SMS service (huzhu.sms.provider=record, docs/members-notices.md): each
-- message it took, once per message id, as a real service that honours the message id would deliver it. A repeat
-- of the same id (a sender that crashed after the hand-over tries again) is counted, not delivered again.
CREATE TABLE recorded_text (
    message_id  uuid         PRIMARY KEY,
    phone       varchar(11)  NOT NULL,
    text        varchar(500) NOT NULL,
    received    integer      NOT NULL DEFAULT 1,   -- how many times the sender handed it over
    recorded_at timestamptz  NOT NULL DEFAULT now()
);
