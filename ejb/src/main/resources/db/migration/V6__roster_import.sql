-- Files uploaded for jobs to read (rosters now, bank return files later), kept with their SHA-256.
CREATE TABLE uploaded_file (
    id          bigserial PRIMARY KEY,
    file_name   varchar(255) NOT NULL,
    size_bytes  integer      NOT NULL,
    sha256      char(64)     NOT NULL,
    content     bytea        NOT NULL,
    uploaded_by varchar(64)  NOT NULL,
    uploaded_at timestamptz  NOT NULL DEFAULT now()
);

-- One run (JBeret job instance) of enrollment-import: the roster's header and what the run did.
-- The counters grow in each chunk's transaction, so a restart goes on counting where it stopped.
CREATE TABLE roster_import (
    run                 bigint PRIMARY KEY,
    unit_code           varchar(32) NOT NULL,
    file_id             bigint      NOT NULL REFERENCES uploaded_file,
    header              jsonb       NOT NULL,   -- the roster's row 1, for the rejects file
    members_created     integer     NOT NULL DEFAULT 0,
    members_updated     integer     NOT NULL DEFAULT 0,
    enrolments_created  integer     NOT NULL DEFAULT 0,
    enrolments_existing integer     NOT NULL DEFAULT 0,  -- identical enrolments found, made by an earlier import
    started_by          varchar(64) NOT NULL,
    started_at          timestamptz NOT NULL DEFAULT now()
);

-- Rows not imported: the cells as read and every rule they broke [{code, field, messageZh, messageEn}].
CREATE TABLE roster_reject (
    run        bigint  NOT NULL REFERENCES roster_import,
    row_number integer NOT NULL,
    cells      jsonb   NOT NULL,
    violations jsonb   NOT NULL,
    PRIMARY KEY (run, row_number)
);
