-- Accounts an auditor can follow (issue 13): when an issued password was issued, and API tokens for
-- API clients (a unit's HR system, a hospital), stored as the SHA-256 of the token, never the token.

-- An issued password (must_change_password) lets its holder only change it, and only for a few days after
-- password_issued_at (huzhu.password.issued.days). Passwords issued before this migration count from now.
ALTER TABLE app_user ADD COLUMN password_issued_at timestamptz;
UPDATE app_user SET password_issued_at = now() WHERE must_change_password;
ALTER TABLE app_user ADD CONSTRAINT app_user_issued_password_has_a_date
    CHECK (NOT must_change_password OR password_issued_at IS NOT NULL);

CREATE TABLE api_token (
    id          bigserial    PRIMARY KEY,
    name        varchar(64)  NOT NULL UNIQUE,
    token_hash  char(64)     NOT NULL UNIQUE,   -- SHA-256 of the token, hex
    created_by  varchar(64)  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    revoked_by  varchar(64),
    revoked_at  timestamptz,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE TABLE api_token_role (
    token_id bigint      NOT NULL REFERENCES api_token ON DELETE CASCADE,
    role     varchar(16) NOT NULL CHECK (role IN ('clerk', 'reviewer', 'finance')),
    PRIMARY KEY (token_id, role)
);

