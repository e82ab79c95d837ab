-- Huzhu schema, version 1. Money is numeric(14,2) (exact yuan); intermediate amounts that keep
-- more digits are numeric without scale. Dates are calendar dates in Asia/Shanghai.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Users and roles: read by the Elytron jdbc-realm (wildfly-config/configure-security.cli).
CREATE TABLE app_user (
    username             varchar(64) PRIMARY KEY,
    display_name         varchar(100) NOT NULL,
    password_hash        varchar(64)  NOT NULL,   -- bcrypt hash, base64
    password_salt        varchar(32)  NOT NULL,   -- base64
    password_iterations  integer      NOT NULL,   -- bcrypt cost
    enabled              boolean      NOT NULL DEFAULT true,
    must_change_password boolean      NOT NULL DEFAULT false,
    failed_sign_ins      integer      NOT NULL DEFAULT 0,
    last_failed_sign_in  timestamptz,
    created_at           timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE app_user_role (
    username varchar(64) NOT NULL REFERENCES app_user ON DELETE CASCADE,
    role     varchar(16) NOT NULL CHECK (role IN ('clerk', 'reviewer', 'finance', 'admin', 'member')),
    PRIMARY KEY (username, role)
);

-- Numbers that are never reused: claim HZ+year+6, letter L+year+7, grant G+year+6, member M+8.
CREATE TABLE number_sequence (
    kind       varchar(16) NOT NULL,
    year       integer     NOT NULL,
    last_value bigint      NOT NULL,
    PRIMARY KEY (kind, year)
);

CREATE TABLE unit (
    id         bigserial PRIMARY KEY,
    code       varchar(32)  NOT NULL UNIQUE,
    name       varchar(200) NOT NULL,
    uscc       char(18)     NOT NULL UNIQUE,
    created_at timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE member (
    id         bigserial PRIMARY KEY,
    member_no  varchar(16)  NOT NULL UNIQUE,
    unit_id    bigint       NOT NULL REFERENCES unit,
    name       varchar(100) NOT NULL,
    id_number  char(18)     NOT NULL UNIQUE,
    gender     varchar(6)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date date         NOT NULL,
    phone      varchar(11),
    bank_card  varchar(19),
    bank_name  varchar(100),
    category   varchar(10)  NOT NULL CHECK (category IN ('EMPLOYEE', 'NEW_FORM')),
    free_cover boolean      NOT NULL DEFAULT false,
    version    integer      NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX member_unit_idx ON member (unit_id);
CREATE INDEX member_name_idx ON member (name);

-- 困难职工档案: a hardship file, valid over a range of dates.
CREATE TABLE hardship_file (
    id         bigserial PRIMARY KEY,
    member_id  bigint      NOT NULL REFERENCES member,
    level      varchar(8)  NOT NULL CHECK (level IN ('RELATIVE', 'DEEP')),
    valid_from date        NOT NULL,
    valid_to   date        NOT NULL CHECK (valid_to >= valid_from),
    EXCLUDE USING gist (member_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);

CREATE TABLE plan (
    code varchar(16)  PRIMARY KEY,
    name varchar(100) NOT NULL
);

-- A plan's parameters for the enrolments that start in plan_year or later (until a newer version).
CREATE TABLE plan_version (
    id                     bigserial PRIMARY KEY,
    plan_code              varchar(16)   NOT NULL REFERENCES plan,
    plan_year              integer       NOT NULL,
    contribution_per_share numeric(14,2) NOT NULL CHECK (contribution_per_share >= 0),
    max_shares             integer       NOT NULL CHECK (max_shares > 0),
    waiting_days           integer       NOT NULL CHECK (waiting_days >= 0),
    claim_window_days      integer       NOT NULL CHECK (claim_window_days > 0),
    settlement_terms       jsonb         NOT NULL,
    UNIQUE (plan_code, plan_year)
);

CREATE TABLE enrollment (
    id              bigserial PRIMARY KEY,
    member_id       bigint        NOT NULL REFERENCES member,
    plan_code       varchar(16)   NOT NULL REFERENCES plan,
    plan_version_id bigint        NOT NULL REFERENCES plan_version,
    shares          integer       NOT NULL CHECK (shares > 0),
    coverage_start  date          NOT NULL,
    coverage_end    date          NOT NULL CHECK (coverage_end >= coverage_start),
    contribution    numeric(14,2) NOT NULL CHECK (contribution >= 0),
    payer           varchar(6)    NOT NULL CHECK (payer IN ('UNIT', 'MEMBER', 'UNION')),
    renewal         boolean       NOT NULL,
    chain_start     date          NOT NULL,  -- coverage start of the first enrolment of the renewal chain
    ended_on        date,                    -- FEMALE: the enrolment ends once a benefit is paid
    created_at      timestamptz   NOT NULL DEFAULT now(),
    -- Two enrolments of one member in one plan never overlap (SPEC.md §3).
    EXCLUDE USING gist (member_id WITH =, plan_code WITH =,
                        daterange(coverage_start, coverage_end, '[]') WITH &&)
);

CREATE TABLE holiday (
    day  date         PRIMARY KEY,
    name varchar(100) NOT NULL
);

CREATE TABLE claim (
    id               bigserial PRIMARY KEY,
    claim_no         varchar(12)  NOT NULL UNIQUE,
    member_no        varchar(16)  NOT NULL,
    member_id        bigint       REFERENCES member,      -- null when the member is unknown (V02)
    plan_code        varchar(16)  NOT NULL REFERENCES plan,
    enrollment_id    bigint       REFERENCES enrollment,  -- the enrolment covering the incident, if any
    status           varchar(16)  NOT NULL CHECK (status IN ('SUBMITTED', 'VALIDATED', 'REJECTED',
                         'APPROVED', 'DECLINED', 'SETTLED', 'PAID', 'PAYMENT_FAILED')),
    current_version  integer      NOT NULL,
    cause            varchar(8)   NOT NULL CHECK (cause IN ('ILLNESS', 'ACCIDENT')),
    incident_date    date         NOT NULL,
    admission_date   date,
    discharge_date   date,
    hospital         varchar(200),
    diagnosis_code   varchar(16),
    accident_outcome varchar(10)  CHECK (accident_outcome IN ('DEATH', 'DISABILITY', 'MEDICAL')),
    disability_grade integer      CHECK (disability_grade BETWEEN 1 AND 10),
    complexity       varchar(10)  NOT NULL CHECK (complexity IN ('SIMPLE', 'COMPLEX', 'ESCALATED')),
    documents        varchar(32)[] NOT NULL DEFAULT '{}',  -- the checklist of documents received
    submitted_at     timestamptz  NOT NULL,
    due_date         date         NOT NULL,
    entered_by       varchar(64)  NOT NULL,
    reviewed_by      varchar(64),
    row_version      integer      NOT NULL DEFAULT 0
);
CREATE INDEX claim_member_idx ON claim (member_id, plan_code);
CREATE INDEX claim_status_idx ON claim (status, due_date);

CREATE TABLE claim_invoice (
    id               bigserial PRIMARY KEY,
    claim_id         bigint        NOT NULL REFERENCES claim ON DELETE CASCADE,
    position         integer       NOT NULL,
    number           varchar(64)   NOT NULL,
    total            numeric(14,2) NOT NULL,
    fund_paid        numeric(14,2) NOT NULL,
    policy_self_paid numeric(14,2) NOT NULL,
    out_of_policy    numeric(14,2) NOT NULL,
    -- true while the claim is neither REJECTED nor DECLINED: an invoice number is in use once (V08)
    in_use           boolean       NOT NULL
);
CREATE INDEX claim_invoice_claim_idx ON claim_invoice (claim_id);
CREATE UNIQUE INDEX claim_invoice_number_in_use_idx ON claim_invoice (number) WHERE in_use;

-- Every version of a claim as entered, with the rules it failed (a correction adds a version).
CREATE TABLE claim_version (
    claim_id     bigint      NOT NULL REFERENCES claim ON DELETE CASCADE,
    version      integer     NOT NULL,
    body         jsonb       NOT NULL,
    violations   jsonb       NOT NULL,
    submitted_by varchar(64) NOT NULL,
    submitted_at timestamptz NOT NULL,
    PRIMARY KEY (claim_id, version)
);

-- Scans attached to a claim: PDF, JPEG or PNG, recognised by content.
CREATE TABLE claim_document (
    id           bigserial PRIMARY KEY,
    claim_id     bigint       NOT NULL REFERENCES claim ON DELETE CASCADE,
    code         varchar(32)  NOT NULL,
    file_name    varchar(255) NOT NULL,
    content_type varchar(32)  NOT NULL,
    size_bytes   integer      NOT NULL,
    sha256       char(64)     NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  varchar(64)  NOT NULL,
    uploaded_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX claim_document_claim_idx ON claim_document (claim_id);

-- Who did what, when, from which state to which, and why.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz  NOT NULL DEFAULT now(),
    actor       varchar(64)  NOT NULL,
    entity_type varchar(16)  NOT NULL,
    entity_ref  varchar(32)  NOT NULL,
    action      varchar(32)  NOT NULL,
    from_status varchar(16),
    to_status   varchar(16),
    reason      text
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_ref);

-- The default plan catalogue of SPEC.md §3 and §6, in force from plan year 2020.
INSERT INTO plan (code, name) VALUES
    ('INPATIENT', '住院医疗互助保障'),
    ('ALLOWANCE', '住院津贴互助保障'),
    ('CRITICAL',  '重大疾病互助保障'),
    ('FEMALE',    '女职工特殊疾病互助保障'),
    ('ACCIDENT',  '意外伤害互助保障');

INSERT INTO plan_version (plan_code, plan_year, contribution_per_share, max_shares, waiting_days,
                          claim_window_days, settlement_terms) VALUES
    ('INPATIENT', 2020, 30.00, 3, 90, 365,
     '{"deductible": "500", "bands": [{"from": "0", "rate": "0.50"}, {"from": "10000", "rate": "0.60"}, {"from": "30000", "rate": "0.70"}], "capPerShare": "15000"}'),
    ('ALLOWANCE', 2020, 60.00, 3, 90, 365,
     '{"daysNotPaid": 3, "perDayPerShare": "40", "capPerShare": "7200"}'),
    ('CRITICAL',  2020, 50.00, 3, 90, 730,
     '{"benefitPerShare": "10000"}'),
    ('FEMALE',    2020, 18.00, 3, 30, 730,
     '{"earlyDays": 60, "earlyBenefitPerShare": "500", "inSituPerShare": "2000", "cancerPerShare": "15000"}'),
    ('ACCIDENT',  2020, 20.00, 5,  0, 365,
     '{"deathPerShare": "50000", "disabilityBasePerShare": "50000", "medicalExcess": "100", "medicalRate": "0.80", "medicalCapPerShare": "5000"}');
