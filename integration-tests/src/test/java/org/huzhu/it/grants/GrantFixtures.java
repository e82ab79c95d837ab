package org.huzhu.it.grants;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.huzhu.it.support.DatabaseFixtures;

/**
 * Claims settled in a past year, put straight into the test database as the settlement job would have left them:
 * member, enrolment, SETTLED claim approved in that year, invoice, payout settled on a day of that year (written
 * now, as a run dated in the past writes it). Grant tests use years before any other
 * test's claims (2016–2019), so that only their own members are candidates.
 */
final class GrantFixtures extends DatabaseFixtures {

    private static final String CLAIM_PREFIX = "HZ2097";

    private final Map<String, Enrolment> enrolments = new HashMap<>();

    GrantFixtures() throws SQLException {
    }

    /** A member with a bank card, as every member a grant is paid to has. */
    Member member(String name) throws SQLException {
        return member(name, "MALE");
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
        try (PreparedStatement insert = connection().prepareStatement(
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
        try (PreparedStatement claim = connection().prepareStatement("""
                INSERT INTO claim (claim_no, member_no, member_id, plan_code, enrollment_id, status, current_version,
                                   cause, incident_date, admission_date, discharge_date, accident_outcome, complexity,
                                   submitted_at, due_date, entered_by, reviewed_by, approved_on)
                VALUES (?, ?, ?, ?, ?, 'SETTLED', 1, ?, ?, ?, ?, ?, 'SIMPLE', now(), current_date, 'it-clerk',
                        'it-reviewer', ?) RETURNING id""")) {
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
            claim.setObject(11, incident.plusDays(20));
            long claimId = single(claim);
            try (PreparedStatement invoice = connection().prepareStatement("""
                    INSERT INTO claim_invoice (claim_id, position, number, total, fund_paid, policy_self_paid,
                                               out_of_policy, in_use)
                    VALUES (?, 1, ?, ? + ?, 0, ?, ?, true)""");
                 PreparedStatement payout = connection().prepareStatement("""
                    INSERT INTO payout (kind, claim_id, member_id, plan_code, enrollment_id, coverage_start, coverage_end,
                                        payable, breakdown, settlement_run, job_execution_id, settled_on)
                    SELECT 'CLAIM', ?, e.member_id, e.plan_code, e.id, e.coverage_start, e.coverage_end, ?, '{}', 0, 0,
                           make_date(?, 6, 30)
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

    /** One share for the calendar year, as a new enrolment. */
    private long enrolment(Member member, String plan, int year) throws SQLException {
        String key = member.id() + "/" + plan + "/" + year;
        Enrolment known = enrolments.get(key);
        if (known == null) {
            known = enrol(member, plan, 1, LocalDate.of(year, 1, 1), false);
            enrolments.put(key, known);
        }
        return known.id();
    }
}
