-- Sign-in with a code sent to the member's phone (issue 15, SPEC.md §12; docs/members-signin.md).

-- Each code sent: only its HMAC under the server's key (a six-digit code's plain hash is reversed in a moment),
-- how long it lives, and how many wrong tries it still takes. The rows are also the per-phone history that
-- limits codes to one a minute and ten a day.
CREATE TABLE sign_in_code (
    id          bigserial    PRIMARY KEY,
    phone       varchar(11)  NOT NULL,
    code_hash   char(64)     NOT NULL,              -- HMAC-SHA-256 of the code, hex
    issued_at   timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL,
    tries_left  integer      NOT NULL CHECK (tries_left >= 0),
    used_at     timestamptz,
    CHECK (expires_at > issued_at)
);
CREATE INDEX sign_in_code_phone_idx ON sign_in_code (phone, issued_at DESC);

-- The one-time key that lets a member whose code was accepted sign in through the Elytron realm
-- (configure-security.cli reads it as a second password of the account): SHA-256 of 256 random bits, hex,
-- for a minute at most, deleted once the session is made.
CREATE TABLE sign_in_key (
    username    varchar(64)  PRIMARY KEY REFERENCES app_user ON DELETE CASCADE,
    key_hash    char(64)     NOT NULL,
    expires_at  timestamptz  NOT NULL
);
