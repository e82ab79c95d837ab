-- ReportsIT's county in 2018, a year no other test uses. Expected figures are worked out in ReportsIT.
-- Times are Asia/Shanghai (+08): several rows sit just inside or outside a period by the Beijing day.
INSERT INTO unit (code, name, uscc) VALUES ('IT-RPT-2018', '报表测试单位', 'R2018UNIT000000001');

INSERT INTO member (member_no, unit_id, name, id_number, gender, birth_date, category)
SELECT m.no, u.id, m.name, m.id_number, 'MALE', DATE '1980-01-01', m.category
FROM (VALUES ('MR18000001', '报表甲', 'R20180000000000001', 'EMPLOYEE'),
             ('MR18000002', '报表乙', 'R20180000000000002', 'EMPLOYEE'),
             ('MR18000003', '报表丙', 'R20180000000000003', 'NEW_FORM'),
             ('MR18000004', '报表丁', 'R20180000000000004', 'NEW_FORM')) m(no, name, id_number, category),
     unit u WHERE u.code = 'IT-RPT-2018';

INSERT INTO enrollment (member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end, contribution,
                        payer, renewal, chain_start)
SELECT m.id, e.plan, v.id, 1, e.start, (e.start + interval '1 year' - interval '1 day')::date, e.contribution,
       e.payer, false, e.start
FROM (VALUES ('MR18000001', 'INPATIENT', DATE '2018-03-15', 60.00, 'UNIT'),
             ('MR18000001', 'ACCIDENT',  DATE '2018-03-14', 20.00, 'MEMBER'),
             ('MR18000002', 'INPATIENT', DATE '2018-04-14', 30.00, 'MEMBER'),
             ('MR18000002', 'CRITICAL',  DATE '2018-04-15', 50.00, 'UNIT'),
             ('MR18000002', 'ALLOWANCE', DATE '2019-01-01', 60.00, 'UNIT'),
             ('MR18000003', 'INPATIENT', DATE '2018-04-01', 30.00, 'UNION'),
             ('MR18000003', 'ACCIDENT',  DATE '2018-04-01', 20.00, 'UNION'),
             ('MR18000004', 'INPATIENT', DATE '2018-12-31', 30.00, 'UNION'),
             ('MR18000004', 'ALLOWANCE', DATE '2017-12-31', 60.00, 'UNIT')) e(member_no, plan, start, contribution, payer)
JOIN member m ON m.member_no = e.member_no
JOIN plan_version v ON v.plan_code = e.plan AND v.plan_year = 2020;

INSERT INTO claim (claim_no, member_no, member_id, plan_code, enrollment_id, status, current_version, cause,
                   incident_date, complexity, submitted_at, due_date, entered_by)
SELECT c.no, m.member_no, m.id, c.plan, e.id, c.status, 1, 'ILLNESS', DATE '2018-01-10', 'SIMPLE', c.submitted,
       c.due, 'it-clerk'
FROM (VALUES ('HZ2018000001', 'MR18000001', 'INPATIENT', TIMESTAMPTZ '2018-03-16 10:00+08', 'PAID',      DATE '2018-03-17'),
             ('HZ2018000002', 'MR18000001', 'ACCIDENT',  TIMESTAMPTZ '2018-04-02 10:00+08', 'PAID',      DATE '2018-04-03'),
             ('HZ2018000003', 'MR18000002', 'INPATIENT', TIMESTAMPTZ '2018-04-14 23:00+08', 'SETTLED',   DATE '2018-04-16'),
             ('HZ2018000004', 'MR18000002', 'INPATIENT', TIMESTAMPTZ '2018-04-15 01:00+08', 'SETTLED',   DATE '2018-04-16'),
             ('HZ2018000005', 'MR18000003', 'INPATIENT', TIMESTAMPTZ '2018-05-01 10:00+08', 'PAID',      DATE '2018-05-02'),
             ('HZ2018000006', 'MR18000001', 'INPATIENT', TIMESTAMPTZ '2018-12-20 10:00+08', 'PAID',      DATE '2018-12-21'),
             ('HZ2018000007', 'MR18000001', 'INPATIENT', TIMESTAMPTZ '2018-03-14 10:00+08', 'PAID',      DATE '2018-03-15'),
             ('HZ2018000008', 'MR18000004', 'INPATIENT', TIMESTAMPTZ '2018-04-01 10:00+08', 'SUBMITTED', DATE '2018-04-02'),
             ('HZ2018000009', 'MR18000004', 'INPATIENT', TIMESTAMPTZ '2018-06-01 10:00+08', 'VALIDATED', DATE '2018-06-15'),
             ('HZ2018000010', 'MR18000003', 'ACCIDENT',  TIMESTAMPTZ '2018-03-20 10:00+08', 'REJECTED',  DATE '2018-03-21'),
             ('HZ2018000011', 'MR18000003', 'ACCIDENT',  TIMESTAMPTZ '2018-03-13 10:00+08', 'SUBMITTED', DATE '2018-03-14'))
     c(no, member_no, plan, submitted, status, due)
JOIN member m ON m.member_no = c.member_no
JOIN enrollment e ON e.member_id = m.id AND e.plan_code = c.plan;

-- Run -2018: no settlement run has a negative job instance id.
INSERT INTO payout (kind, claim_id, member_id, plan_code, enrollment_id, coverage_start, coverage_end, payable,
                    breakdown, settlement_run, job_execution_id, created_at)
SELECT 'CLAIM', c.id, c.member_id, c.plan_code, e.id, e.coverage_start, e.coverage_end, p.amount, '{"steps": []}',
       -2018, -2018, p.created
FROM (VALUES ('HZ2018000001', 1200.50, TIMESTAMPTZ '2018-03-31 23:59:59+08'),
             ('HZ2018000002',  300.00, TIMESTAMPTZ '2018-04-14 23:30+08'),
             ('HZ2018000003',  800.00, TIMESTAMPTZ '2018-04-15 07:00+08'),
             ('HZ2018000004',    0.00, TIMESTAMPTZ '2018-04-10 10:00+08'),
             ('HZ2018000005',  450.25, TIMESTAMPTZ '2018-12-31 23:59+08'),
             ('HZ2018000006',   99.00, TIMESTAMPTZ '2019-01-01 00:00:30+08'),
             ('HZ2018000007',  100.00, TIMESTAMPTZ '2018-03-14 23:59+08')) p(claim_no, amount, created)
JOIN claim c ON c.claim_no = p.claim_no
JOIN enrollment e ON e.id = c.enrollment_id;
