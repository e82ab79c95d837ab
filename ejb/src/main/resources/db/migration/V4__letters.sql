-- Letters (SPEC.md §8): each signed PDF exactly as issued. A letter is never changed or deleted;
-- the only later write names the letter that supersedes it.

CREATE TABLE letter (
    id            bigserial    PRIMARY KEY,
    letter_no     char(12)     NOT NULL UNIQUE,   -- L + year + 7 digits, from number_sequence kind LETTER
    kind          varchar(10)  NOT NULL CHECK (kind IN ('SETTLEMENT', 'GRANT', 'CONDOLENCE')),
    subject_no    varchar(16)  NOT NULL,          -- the claim (HZ…) or grant (G…) number the letter is about
    -- One letter per payout: the key that makes issuing idempotent. The foreign key to payout
    -- is added by the migration after the payout table exists.
    payout_id     bigint       NOT NULL UNIQUE,
    member_id     bigint       NOT NULL REFERENCES member,
    pdf           bytea        NOT NULL,
    sha256        char(64)     NOT NULL,          -- of pdf, lower-case hex: how an uploaded file is recognised
    -- SHA-256 of letter_no || ':' || code. The code itself is printed in the PDF only.
    code_hash     bytea        NOT NULL CHECK (octet_length(code_hash) = 32),
    issued_at     timestamptz  NOT NULL DEFAULT now(),
    superseded_by char(12)     REFERENCES letter (letter_no)  -- null while the letter is current
);
CREATE INDEX letter_sha256_idx ON letter (sha256);
CREATE INDEX letter_member_idx ON letter (member_id, issued_at);

-- Immutability in the database itself, so that no code path can rewrite an issued letter:
-- the only UPDATE allowed sets superseded_by once; DELETE is refused.
CREATE FUNCTION letter_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'letter % was issued and cannot be deleted', OLD.letter_no;
    END IF;
    IF OLD.superseded_by IS NOT NULL
            OR to_jsonb(NEW) - 'superseded_by' IS DISTINCT FROM to_jsonb(OLD) - 'superseded_by' THEN
        RAISE EXCEPTION 'letter % was issued and cannot be changed; only superseded_by may be set, once',
            OLD.letter_no;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER letter_immutable BEFORE UPDATE OR DELETE ON letter
    FOR EACH ROW EXECUTE FUNCTION letter_is_immutable();
