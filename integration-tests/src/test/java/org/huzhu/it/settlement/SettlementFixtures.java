package org.huzhu.it.settlement;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.it.support.DatabaseFixtures;

/**
 * APPROVED claims put straight into the test database, as intake and review would have left them: unit, member,
 * enrolment, claim (approved on {@link #APPROVED_ON} unless {@link #approveOn} says otherwise) and invoices.
 */
public final class SettlementFixtures extends DatabaseFixtures {

    /** Claim numbers of a year no real claim has yet, so that fixtures stay clear of intake's numbers. */
    static final String CLAIM_PREFIX = "HZ2098";

    /** The day the fixtures' claims are approved: before every run date the settlement tests give, and today. */
    static final LocalDate APPROVED_ON = LocalDate.of(2026, 11, 2);

    /** On the test database that ./huzhu test passes to the test JVM. */
    public SettlementFixtures() throws SQLException {
    }

    /** On a connection of the caller's, such as one of the server's datasource inside the server. */
    SettlementFixtures(Connection connection) throws SQLException {
        super(connection);
    }

    /** A hospital stay (INPATIENT, ALLOWANCE) with one invoice of that policy self-paid amount. */
    public String stay(Enrolment enrolment, LocalDate admission, LocalDate discharge, String policySelfPaid)
            throws SQLException {
        String claimNo = claim(enrolment, "ILLNESS", admission, admission, discharge, null);
        try (PreparedStatement invoice = connection().prepareStatement("""
                INSERT INTO claim_invoice (claim_id, position, number, total, fund_paid, policy_self_paid, out_of_policy, in_use)
                SELECT id, 1, 'INV-' || claim_no, ? + 1000.00 + 250.00, 1000.00, ?, 250.00, true FROM claim WHERE claim_no = ?""")) {
            invoice.setBigDecimal(1, new BigDecimal(policySelfPaid));
            invoice.setBigDecimal(2, new BigDecimal(policySelfPaid));
            invoice.setString(3, claimNo);
            invoice.executeUpdate();
        }
        return claimNo;
    }

    String diagnosis(Enrolment enrolment, LocalDate diagnosed, String icd10) throws SQLException {
        return claim(enrolment, "ILLNESS", diagnosed, null, null, icd10);
    }

    private String claim(Enrolment enrolment, String cause, LocalDate incident, LocalDate admission,
            LocalDate discharge, String diagnosis) throws SQLException {
        String claimNo = CLAIM_PREFIX + String.format("%06d", next());
        try (PreparedStatement claim = connection().prepareStatement("""
                INSERT INTO claim (claim_no, member_no, member_id, plan_code, enrollment_id, status, current_version,
                                   cause, incident_date, admission_date, discharge_date, diagnosis_code, complexity,
                                   submitted_at, due_date, entered_by, reviewed_by, approved_on)
                VALUES (?, ?, ?, ?, ?, 'APPROVED', 1, ?, ?, ?, ?, ?, 'SIMPLE', now(), current_date, 'it-clerk', 'it-reviewer',
                        ?)""")) {
            claim.setString(1, claimNo);
            claim.setString(2, enrolment.member().memberNo());
            claim.setLong(3, enrolment.member().id());
            claim.setString(4, enrolment.plan());
            claim.setLong(5, enrolment.id());
            claim.setString(6, cause);
            claim.setObject(7, incident);
            claim.setObject(8, admission);
            claim.setObject(9, discharge);
            claim.setString(10, diagnosis);
            claim.setObject(11, APPROVED_ON);
            claim.executeUpdate();
        }
        return claimNo;
    }

    /**
     * {@code members} members with one INPATIENT share each (2026, no renewal) and {@code claimsPerMember} stays
     * each, admitted on consecutive days, policy self-paid 1,000.00 + 100.00 × (claim's place mod 7): one set
     * statement per table, so that thousands of claims take a second. Returns the claim numbers.
     */
    List<String> manyInpatientClaims(int members, int claimsPerMember) throws SQLException {
        List<Member> created = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            created.add(member("批量" + i, "MALE"));
        }
        List<String> claimNos = new ArrayList<>();
        try (PreparedStatement enrol = connection().prepareStatement("""
                INSERT INTO enrollment (member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end,
                                        contribution, payer, renewal, chain_start)
                SELECT m, 'INPATIENT', v.id, 1, DATE '2026-01-01', DATE '2026-12-31', 30, 'UNIT', false, DATE '2026-01-01'
                FROM unnest(?::bigint[]) m, plan_version v WHERE v.plan_code = 'INPATIENT' AND v.plan_year = 2020""");
             PreparedStatement claims = connection().prepareStatement("""
                WITH new_claim AS (
                    INSERT INTO claim (claim_no, member_no, member_id, plan_code, enrollment_id, status, current_version,
                                       cause, incident_date, admission_date, discharge_date, complexity, submitted_at,
                                       due_date, entered_by, reviewed_by, approved_on)
                    SELECT ? || lpad(nextval('it_fixture_number')::text, 6, '0'), m.member_no, m.id, 'INPATIENT', e.id,
                           'APPROVED', 1, 'ILLNESS', DATE '2026-02-01' + k, DATE '2026-02-01' + k, DATE '2026-02-03' + k,
                           'SIMPLE', now(), current_date, 'it-clerk', 'it-reviewer', ?
                    FROM member m JOIN enrollment e ON e.member_id = m.id AND e.plan_code = 'INPATIENT',
                         generate_series(0, ? - 1) k
                    WHERE m.id = ANY (?::bigint[])
                    RETURNING id, claim_no),
                invoice AS (
                    INSERT INTO claim_invoice (claim_id, position, number, total, fund_paid, policy_self_paid,
                                               out_of_policy, in_use)
                    SELECT id, 1, 'INV-' || claim_no, 1000.00 + 100.00 * (id % 7), 0, 1000.00 + 100.00 * (id % 7), 0, true
                    FROM new_claim)
                SELECT claim_no FROM new_claim""")) {
            Long[] ids = created.stream().map(Member::id).toArray(Long[]::new);
            enrol.setArray(1, connection().createArrayOf("bigint", ids));
            enrol.executeUpdate();
            claims.setString(1, CLAIM_PREFIX);
            claims.setObject(2, APPROVED_ON);
            claims.setInt(3, claimsPerMember);
            claims.setArray(4, connection().createArrayOf("bigint", ids));
            try (ResultSet rs = claims.executeQuery()) {
                while (rs.next()) {
                    claimNos.add(rs.getString(1));
                }
            }
        }
        return claimNos;
    }

    /**
     * Holds a row lock on the first claim (in settlement order) of the lowest-numbered member among {@code claims},
     * on a connection of its own, until closed: the partition that reads it waits at its first write. That keeps a
     * run unfinished for as long as a test needs, however fast the server is.
     */
    AutoCloseable holdFirstClaim(List<String> claims) throws SQLException {
        Connection holder = openTestDatabase();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement("""
                SELECT id FROM claim WHERE id = (SELECT id FROM claim WHERE claim_no = ANY (?)
                                                 ORDER BY member_id, incident_date, claim_no LIMIT 1) FOR UPDATE""")) {
            lock.setArray(1, holder.createArrayOf("varchar", claims.toArray()));
            lock.executeQuery().close();
        }
        return () -> {
            try (holder) {
                holder.rollback();
            }
        };
    }

    /** As if the reviewer had approved the claim on that day instead. */
    void approveOn(String claimNo, LocalDate day) throws SQLException {
        try (PreparedStatement update = connection().prepareStatement(
                "UPDATE claim SET approved_on = ? WHERE claim_no = ? AND status = 'APPROVED'")) {
            update.setObject(1, day);
            update.setString(2, claimNo);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no APPROVED claim " + claimNo);
            }
        }
    }

    public String status(String claimNo) throws SQLException {
        return text("SELECT status FROM claim WHERE claim_no = ?", claimNo);
    }

    /** The payout of a claim as a money string, or null when it has none; fails when it has more than one. */
    String payable(String claimNo) throws SQLException {
        try (PreparedStatement select = connection().prepareStatement(
                "SELECT p.payable FROM payout p JOIN claim c ON c.id = p.claim_id WHERE c.claim_no = ?")) {
            select.setString(1, claimNo);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String payable = rs.getBigDecimal(1).toPlainString();
                if (rs.next()) {
                    throw new AssertionError("claim " + claimNo + " has two payouts");
                }
                return payable;
            }
        }
    }
}
