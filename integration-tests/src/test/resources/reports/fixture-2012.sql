-- ReportsIT's county in 2012, a year no other test uses. Expected figures are worked out in ReportsIT.
-- Resident IDs are 18 digits, so that the grant letters can print them masked (6 digits, 8 stars, 4 digits).
-- Times are Asia/Shanghai (+08): several rows sit just inside or outside a period by the Beijing day. Payouts are
-- written now but settled on days of 2012 and 2013, as runs dated then would have settled them: reports go by that day.
-- ReportFixture then runs the real hardship-grant job for 2012 on these claims (twice, in 2013).
INSERT INTO unit (code, name, uscc) VALUES ('IT-RPT-2012', '报表测试单位', 'R2012UNIT000000001');

INSERT INTO member (member_no, unit_id, name, id_number, gender, birth_date, bank_card, bank_name, category)
SELECT m.no, u.id, m.name, m.id_number, 'MALE', DATE '1980-01-01', '622848' || right(m.id_number, 13), '中国农业银行',
       m.category
FROM (VALUES ('MR18000001', '报表甲', '201200000000000001', 'EMPLOYEE'),
             ('MR18000002', '报表乙', '201200000000000002', 'EMPLOYEE'),
             ('MR18000003', '报表丙', '201200000000000003', 'NEW_FORM'),
             ('MR18000004', '报表丁', '201200000000000004', 'NEW_FORM')) m(no, name, id_number, category),
     unit u WHERE u.code = 'IT-RPT-2012';

-- Valid on both grant runs' dates: 乙's burden of 2,500 is enough with a file (20%: 500), 丙's takes 30%.
INSERT INTO hardship_file (member_id, level, valid_from, valid_to)
SELECT m.id, f.level, DATE '2012-01-01', DATE '2013-12-31'
FROM (VALUES ('MR18000002', 'RELATIVE'), ('MR18000003', 'DEEP')) f(member_no, level)
JOIN member m ON m.member_no = f.member_no;

INSERT INTO enrollment (member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end, contribution,
                        payer, renewal, chain_start)
SELECT m.id, e.plan, v.id, 1, e.start, (e.start + interval '1 year' - interval '1 day')::date, e.contribution,
       e.payer, false, e.start
FROM (VALUES ('MR18000001', 'INPATIENT', DATE '2012-03-15', 60.00, 'UNIT'),
             ('MR18000001', 'ACCIDENT',  DATE '2012-03-14', 20.00, 'MEMBER'),
             ('MR18000002', 'INPATIENT', DATE '2012-04-14', 30.00, 'MEMBER'),
             ('MR18000002', 'CRITICAL',  DATE '2012-04-15', 50.00, 'UNIT'),
             ('MR18000002', 'ALLOWANCE', DATE '2013-01-01', 60.00, 'UNIT'),
             ('MR18000003', 'INPATIENT', DATE '2012-04-01', 30.00, 'UNION'),
             ('MR18000003', 'ACCIDENT',  DATE '2012-04-01', 20.00, 'UNION'),
             ('MR18000004', 'INPATIENT', DATE '2012-12-31', 30.00, 'UNION'),
             ('MR18000004', 'ALLOWANCE', DATE '2011-12-31', 60.00, 'UNIT')) e(member_no, plan, start, contribution, payer)
JOIN member m ON m.member_no = e.member_no
JOIN plan_version v ON v.plan_code = e.plan AND v.plan_year = 2020;

-- A claim approved, settled or paid was approved on the day it was submitted.
INSERT INTO claim (claim_no, member_no, member_id, plan_code, enrollment_id, status, current_version, cause,
                   incident_date, complexity, submitted_at, due_date, entered_by, approved_on)
SELECT c.no, m.member_no, m.id, c.plan, e.id, c.status, 1, 'ILLNESS', DATE '2012-01-10', 'SIMPLE', c.submitted,
       c.due, 'it-clerk',
       CASE WHEN c.status IN ('SETTLED', 'PAID') THEN (c.submitted AT TIME ZONE 'Asia/Shanghai')::date END
FROM (VALUES ('HZ2012000001', 'MR18000001', 'INPATIENT', TIMESTAMPTZ '2012-03-16 10:00+08', 'PAID',      DATE '2012-03-17'),
             ('HZ2012000002', 'MR18000001', 'ACCIDENT',  TIMESTAMPTZ '2012-04-02 10:00+08', 'PAID',      DATE '2012-04-03'),
             ('HZ2012000003', 'MR18000002', 'INPATIENT', TIMESTAMPTZ '2012-04-14 23:00+08', 'SETTLED',   DATE '2012-04-16'),
             ('HZ2012000004', 'MR18000002', 'INPATIENT', TIMESTAMPTZ '2012-04-15 01:00+08', 'SETTLED',   DATE '2012-04-16'),
             ('HZ2012000005', 'MR18000003', 'INPATIENT', TIMESTAMPTZ '2012-05-01 10:00+08', 'PAID',      DATE '2012-05-02'),
             ('HZ2012000006', 'MR18000001', 'INPATIENT', TIMESTAMPTZ '2012-12-20 10:00+08', 'PAID',      DATE '2012-12-21'),
             ('HZ2012000007', 'MR18000001', 'INPATIENT', TIMESTAMPTZ '2012-03-14 10:00+08', 'PAID',      DATE '2012-03-15'),
             ('HZ2012000008', 'MR18000004', 'INPATIENT', TIMESTAMPTZ '2012-04-01 10:00+08', 'SUBMITTED', DATE '2012-04-02'),
             ('HZ2012000009', 'MR18000004', 'INPATIENT', TIMESTAMPTZ '2012-06-01 10:00+08', 'VALIDATED', DATE '2012-06-15'),
             ('HZ2012000010', 'MR18000003', 'ACCIDENT',  TIMESTAMPTZ '2012-03-20 10:00+08', 'REJECTED',  DATE '2012-03-21'),
             ('HZ2012000011', 'MR18000003', 'ACCIDENT',  TIMESTAMPTZ '2012-03-13 10:00+08', 'SUBMITTED', DATE '2012-03-14'),
             ('HZ2012000012', 'MR18000002', 'CRITICAL',  TIMESTAMPTZ '2012-06-10 10:00+08', 'PAID',      DATE '2012-06-11'))
     c(no, member_no, plan, submitted, status, due)
JOIN member m ON m.member_no = c.member_no
JOIN enrollment e ON e.member_id = m.id AND e.plan_code = c.plan;

-- Run -2012: no settlement run has a negative job instance id.
INSERT INTO payout (kind, claim_id, member_id, plan_code, enrollment_id, coverage_start, coverage_end, payable,
                    breakdown, settlement_run, job_execution_id, settled_on)
SELECT 'CLAIM', c.id, c.member_id, c.plan_code, e.id, e.coverage_start, e.coverage_end, p.amount, '{"steps": []}',
       -2012, -2012, p.settled_on
FROM (VALUES ('HZ2012000001', 1200.50, DATE '2012-03-31'),
             ('HZ2012000002',  300.00, DATE '2012-04-14'),
             ('HZ2012000003',  800.00, DATE '2012-04-15'),
             ('HZ2012000004',    0.00, DATE '2012-04-10'),
             ('HZ2012000005',  450.25, DATE '2012-12-31'),
             ('HZ2012000006',   99.00, DATE '2013-01-01'),
             ('HZ2012000007',  100.00, DATE '2012-03-14'),
             ('HZ2012000012', 10000.00, DATE '2012-06-20')) p(claim_no, amount, settled_on)
JOIN claim c ON c.claim_no = p.claim_no
JOIN enrollment e ON e.id = c.enrollment_id;

-- The self-paid parts of the INPATIENT claims, which the grant run sums into each member's burden B of 2012
-- (self-paid − payouts of the claims paid in 2012): 甲 16,300.50 − 1,300.50 = 15,000 (no file, 10%: 1,500);
-- 乙 3,300 − 800 = 2,500 (RELATIVE, 20%: 500); 丙 40,450.25 − 450.25 = 40,000 (DEEP, 30%: 12,000, at most 5,000).
-- HZ2012000006 was paid in 2013. 乙's CRITICAL claim, paid in 2012, earns the 慰问金.
INSERT INTO claim_invoice (claim_id, position, number, total, fund_paid, policy_self_paid, out_of_policy, in_use)
SELECT c.id, 1, 'RPT-' || c.claim_no, i.policy + i.oop, 0, i.policy, i.oop, true
FROM (VALUES ('HZ2012000001',  9000.00,  3000.00),
             ('HZ2012000007',  4300.50,     0.00),
             ('HZ2012000003',  2600.00,   200.00),
             ('HZ2012000004',   500.00,     0.00),
             ('HZ2012000005', 30000.25, 10450.00),
             ('HZ2012000006',   698.00,     0.00)) i(claim_no, policy, oop)
JOIN claim c ON c.claim_no = i.claim_no;
