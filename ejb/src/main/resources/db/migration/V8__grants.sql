-- Hardship grants (SPEC.md §7): runs, the grants and condolences they decide, and the staff lists.
--
-- A run is a job instance of hardship-grant. The whole decision (run, grants, their payouts, lists)
-- is written in one transaction, keyed by the job instance: a restart after a crash either finds
-- the run written and goes on to the payment file, or finds nothing and decides again from scratch.
--
-- Never granting twice is the database's job as much as the calculator's:
-- * a run decides from the grants already made in the year (its "already granted" input) under an
--   advisory lock per year, so a second run of the same year pays top-ups only;
-- * a member has at most one grant and one condolence per run, and one condolence per year at all;
-- * each grant has exactly one payout (payout.grant_id is UNIQUE, V3).

CREATE TABLE grant_run (
    id                bigserial     PRIMARY KEY,
    year              integer       NOT NULL CHECK (year BETWEEN 2000 AND 9999),
    budget            numeric(14,2) NOT NULL CHECK (budget >= 0 AND budget = trunc(budget)),
    run_date          date          NOT NULL,
    job_instance_id   bigint        NOT NULL UNIQUE,  -- the run; a restart is another execution of it
    job_execution_id  bigint        NOT NULL,         -- the execution that decided it
    candidates        integer       NOT NULL CHECK (candidates >= 0),
    grant_count       integer       NOT NULL CHECK (grant_count >= 0),
    grant_total       numeric(14,2) NOT NULL CHECK (grant_total >= 0 AND grant_total <= budget),
    condolence_count  integer       NOT NULL CHECK (condolence_count >= 0),
    condolence_total  numeric(14,2) NOT NULL CHECK (condolence_total >= 0),
    created_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX grant_run_year_idx ON grant_run (year, id);

CREATE TABLE hardship_grant (
    id              bigserial     PRIMARY KEY,
    grant_no        char(11)      NOT NULL UNIQUE,   -- G + year + 6 digits, number_sequence kind GRANT
    grant_run_id    bigint        NOT NULL REFERENCES grant_run,
    member_id       bigint        NOT NULL REFERENCES member,
    year            integer       NOT NULL,
    kind            varchar(10)   NOT NULL CHECK (kind IN ('GRANT', 'CONDOLENCE')),
    burden          numeric(14,2) NOT NULL,          -- B on the run date
    unscaled_amount numeric(14,2) NOT NULL,          -- owed in this run before the budget
    amount          numeric(14,2) NOT NULL CHECK (amount > 0 AND amount = trunc(amount)
                                                  AND amount <= unscaled_amount),
    UNIQUE (member_id, year, kind, grant_run_id)
);
-- 慰问金 once a year, whatever runs there are.
CREATE UNIQUE INDEX hardship_grant_condolence_once ON hardship_grant (member_id, year) WHERE kind = 'CONDOLENCE';
CREATE INDEX hardship_grant_year_idx ON hardship_grant (year, member_id);

ALTER TABLE payout ADD CONSTRAINT payout_grant_fk FOREIGN KEY (grant_id) REFERENCES hardship_grant;

-- The staff lists of a run, as decided with it (the burden on that date), in member number order.
CREATE TABLE grant_list_entry (
    grant_run_id       bigint        NOT NULL REFERENCES grant_run,
    list               varchar(16)   NOT NULL CHECK (list IN ('FOLLOW_UP', 'FILE_CANDIDATE')),
    member_id          bigint        NOT NULL REFERENCES member,
    burden             numeric(14,2) NOT NULL,
    critical_or_female boolean       NOT NULL,
    PRIMARY KEY (grant_run_id, list, member_id)
);

-- A run reads the claims settled in its year by the payout's time of settlement.
CREATE INDEX payout_settled_at_idx ON payout (created_at) WHERE kind = 'CLAIM';
