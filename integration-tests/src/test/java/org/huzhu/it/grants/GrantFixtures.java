package org.huzhu.it.grants;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Claims settled in a past year, put straight into the test database as the settlement job would have left them:
 * member, enrolment, SETTLED claim, invoice, payout at a time of that year. Grant tests use years before any other
 * test's claims (2017–2019), so that only their own members are candidates, and numbers from the fixture sequence
 * all integration tests share.
 */
final class GrantFixtures implements AutoCloseable {

    private static final String CLAIM_PREFIX = "HZ2097";

    private final Connection connection;
    private final Map<String, Long> enrolments = new HashMap<>();

    GrantFixtures() throws SQLException {
        connection = DriverManager.getConnection(System.getProperty("huzhu.test.db.url"),
                System.getProperty("huzhu.test.db.user"), System.getProperty("huzhu.test.db.password"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE IF NOT EXISTS it_fixture_number");
        }
    }

    Connection connection() {
        return connection;
    }

    record Member(long id, String memberNo) {
    }

    Member member(String name) throws SQLException {
        long n = next();
        try (PreparedStatement unit = connection.prepareStatement(
                "INSERT INTO unit (code, name, uscc) VALUES (?, ?, ?) RETURNING id")) {
            unit.setString(1, "IT-G" + n);
            unit.setString(2, "帮扶测试单位" + n);
            unit.setString(3, String.format("G%017d", n));
            long unitId = single(unit);
            String memberNo = String.format("MG%08d", n);
            try (PreparedStatement member = connection.prepareStatement("""
                    INSERT INTO member (member_no, unit_id, name, id_number, gender, birth_date, bank_card, bank_name, category)
                    VALUES (?, ?, ?, ?, 'MALE', DATE '1975-05-05', ?, '中国农业银行', 'EMPLOYEE') RETURNING id""")) {
                member.setString(1, memberNo);
                member.setLong(2, unitId);
                member.setString(3, name);
                member.setString(4, String.format("G%017d", n));
                member.setString(5, String.format("6228%012d", n));
                return new Member(single(member), memberNo);
            }
        }
    }

    /** An INPATIENT claim settled in {@code year}: invoice self-paid parts and the payout on them. */
    void inpatient(Member member, int year, String policySelfPaid, String outOfPolicy, String payable)
            throws SQLException {
        settled(member, "INPATIENT", null, year, policySelfPaid, outOfPolicy, payable);
    }

    void accidentMedical(Member member, int year, String policySelfPaid, String outOfPolicy, String payable)
            throws SQLException {
        settled(member, "ACCIDENT", "MEDICAL", year, policySelfPaid, outOfPolicy, payable);
    }

    /** A claim of a plan whose self-paid amounts are no burden (ALLOWANCE, CRITICAL, FEMALE), with an invoice anyway. */
    void settled(Member member, String plan, int year, String invoiceSelfPaid, String payable) throws SQLException {
        settled(member, plan, null, year, invoiceSelfPaid, "0.00", payable);
    }

    void hardshipFile(Member member, String level, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO hardship_file (member_id, level, valid_from, valid_to) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, member.id());
            insert.setString(2, level);
            insert.setObject(3, from);
            insert.setObject(4, to);
            insert.executeUpdate();
        }
    }

    private void settled(Member member, String plan, String accidentOutcome, int year, String policySelfPaid,
            String outOfPolicy, String payable) throws SQLException {
        long enrolment = enrolment(member, plan, year);
        String claimNo = CLAIM_PREFIX + String.format("%06d", next());
        LocalDate incident = LocalDate.of(year, 3, 1);
        try (PreparedStatement claim = connection.prepareStatement("""
                INSERT INTO claim (claim_no, member_no, member_id, plan_code, enrollment_id, status, current_version,
                                   cause, incident_date, admission_date, discharge_date, accident_outcome, complexity,
                                   submitted_at, due_date, entered_by, reviewed_by)
                VALUES (?, ?, ?, ?, ?, 'SETTLED', 1, ?, ?, ?, ?, ?, 'SIMPLE', now(), current_date, 'it-clerk',
                        'it-reviewer') RETURNING id""")) {
            claim.setString(1, claimNo);
            claim.setString(2, member.memberNo());
            claim.setLong(3, member.id());
            claim.setString(4, plan);
            claim.setLong(5, enrolment);
            claim.setString(6, accidentOutcome == null ? "ILLNESS" : "ACCIDENT");
            claim.setObject(7, incident);
            claim.setObject(8, incident);
            claim.setObject(9, incident.plusDays(10));
            claim.setString(10, accidentOutcome);
            long claimId = single(claim);
            try (PreparedStatement invoice = connection.prepareStatement("""
                    INSERT INTO claim_invoice (claim_id, position, number, total, fund_paid, policy_self_paid,
                                               out_of_policy, in_use)
                    VALUES (?, 1, ?, ? + ?, 0, ?, ?, true)""");
                 PreparedStatement payout = connection.prepareStatement("""
                    INSERT INTO payout (kind, claim_id, member_id, plan_code, enrollment_id, coverage_start, coverage_end,
                                        payable, breakdown, settlement_run, job_execution_id, created_at)
                    SELECT 'CLAIM', ?, e.member_id, e.plan_code, e.id, e.coverage_start, e.coverage_end, ?, '{}', 0, 0,
                           make_timestamptz(?, 6, 30, 12, 0, 0, 'Asia/Shanghai')
                    FROM enrollment e WHERE e.id = ?""")) {
                invoice.setLong(1, claimId);
                invoice.setString(2, "INV-" + claimNo);
                invoice.setBigDecimal(3, new BigDecimal(policySelfPaid));
                invoice.setBigDecimal(4, new BigDecimal(outOfPolicy));
                invoice.setBigDecimal(5, new BigDecimal(policySelfPaid));
                invoice.setBigDecimal(6, new BigDecimal(outOfPolicy));
                invoice.executeUpdate();
                payout.setLong(1, claimId);
                payout.setBigDecimal(2, new BigDecimal(payable));
                payout.setInt(3, year);
                payout.setLong(4, enrolment);
                payout.executeUpdate();
            }
        }
    }

    private long enrolment(Member member, String plan, int year) throws SQLException {
        Long known = enrolments.get(member.id() + "/" + plan + "/" + year);
        if (known != null) {
            return known;
        }
        try (PreparedStatement enrol = connection.prepareStatement("""
                INSERT INTO enrollment (member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end,
                                        contribution, payer, renewal, chain_start)
                SELECT ?, ?, v.id, 1, make_date(?, 1, 1), make_date(?, 12, 31), 0, 'UNIT', false, make_date(?, 1, 1)
                FROM plan_version v WHERE v.plan_code = ? AND v.plan_year = 2020 RETURNING id""")) {
            enrol.setLong(1, member.id());
            enrol.setString(2, plan);
            enrol.setInt(3, year);
            enrol.setInt(4, year);
            enrol.setInt(5, year);
            enrol.setString(6, plan);
            long id = single(enrol);
            enrolments.put(member.id() + "/" + plan + "/" + year, id);
            return id;
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long next() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT nextval('it_fixture_number')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long single(PreparedStatement insert) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
