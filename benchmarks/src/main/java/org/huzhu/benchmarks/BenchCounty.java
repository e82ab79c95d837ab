package org.huzhu.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.infrastructure.demo.SyntheticIdentities;

/**
 * The benchmark's own members, enrolments and APPROVED claims, written with COPY. Every member has an
 * INPATIENT and an ACCIDENT enrolment over one coverage year, renewed (so no waiting period), and up
 * to two hospital stays and one accident with medical costs, each with one invoice: claims the
 * settlement pays, several to a period, so the period usage is carried as in a real county.
 * <p>
 * This is not the demo county of {@code SyntheticCounty}: that one has every status and plan, and
 * the benchmark needs an exact number of claims the job will settle.
 */
final class BenchCounty {

    static final int CLAIMS_PER_MEMBER = 3;
    private static final String MEMBER_PREFIX = "B";
    /** Claim numbers are HZ + year + 6 digits; benchmark claims take years of their own from 2000 on. */
    private static final int CLAIMS_PER_NUMBER_YEAR = 999_999;

    private static final PlanCode[] ENROLLED_PLANS = {PlanCode.INPATIENT, PlanCode.ACCIDENT};

    private final Connection connection;
    private final LocalDate today;
    private final LocalDate coverageStart;
    private final Map<PlanCode, Long> planVersions = new EnumMap<>(PlanCode.class);

    BenchCounty(Connection connection, LocalDate today) throws SQLException {
        this.connection = connection;
        this.today = today;
        // a whole coverage year that began at least four months ago, so that recent incidents fall in it
        int year = today.getDayOfYear() > 120 ? today.getYear() : today.getYear() - 1;
        this.coverageStart = LocalDate.of(year, 1, 1);
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT DISTINCT ON (plan_code) plan_code, id FROM plan_version ORDER BY plan_code, plan_year DESC")) {
            while (rs.next()) {
                planVersions.put(PlanCode.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
    }

    LocalDate coverageStart() {
        return coverageStart;
    }

    /** The day the county was made for: its claims are approved by then, so a settlement run of that day pays all. */
    LocalDate today() {
        return today;
    }

    static String memberNo(long member) {
        return MEMBER_PREFIX + "%09d".formatted(member);
    }

    /** Removes every member, claim, payout, payment file, letter and audit row: this database is the benchmark's. */
    void clear() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    TRUNCATE payment_row, payment_file, payout, letter, audit_log, claim_document, claim_version,
                             claim_invoice, claim, hardship_file, enrollment, member, unit RESTART IDENTITY CASCADE""");
            statement.execute("DELETE FROM number_sequence WHERE kind = 'CLAIM'");
            statement.execute("""
                    INSERT INTO unit (id, code, name, uscc) VALUES (1, 'BENCH', '基准测试单位', '91360502000000001X')""");
        }
        connection.commit();
    }

    /**
     * Members 1..members with their enrolments, and the first {@code approvedClaims} of their claims. One COPY at
     * a time (a connection runs one), parents first; each member's and claim's values come from a random
     * generator seeded with its number, so every pass sees the same ones.
     */
    void load(int members, long approvedClaims) throws SQLException {
        if (approvedClaims > (long) members * CLAIMS_PER_MEMBER) {
            throw new IllegalArgumentException(members + " members cannot have " + approvedClaims + " claims");
        }
        try (CopyRows rows = new CopyRows(connection, "member",
                "id, member_no, unit_id, name, id_number, gender, birth_date, bank_card, bank_name, category")) {
            for (long member = 1; member <= members; member++) {
                SplittableRandom random = new SplittableRandom(member);
                boolean female = random.nextInt(100) < 44;
                var residentId = SyntheticIdentities.residentId(member, 1965 + random.nextInt(35), female);
                int bank = SyntheticIdentities.bankIndex(random);
                rows.row(member, memberNo(member), 1, SyntheticIdentities.personName(random, female),
                        residentId.value(), residentId.gender().name(), residentId.birthDate(),
                        SyntheticIdentities.bankCard(bank, member).number(), SyntheticIdentities.bankName(bank),
                        "EMPLOYEE");
            }
        }
        LocalDate coverageEnd = coverageStart.plusYears(1).minusDays(1);
        try (CopyRows rows = new CopyRows(connection, "enrollment",
                "id, member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end, contribution, "
                        + "payer, renewal, chain_start")) {
            for (long member = 1; member <= members; member++) {
                for (PlanCode plan : ENROLLED_PLANS) {
                    rows.row(enrolmentId(member, plan), member, plan.name(), planVersions.get(plan),
                            1 + Math.floorMod(enrolmentId(member, plan) * 7919, 3), coverageStart, coverageEnd,
                            "30.00", "UNIT", true, coverageStart.minusYears(2));
                }
            }
        }
        try (CopyRows rows = new CopyRows(connection, "claim",
                "id, claim_no, member_no, member_id, plan_code, enrollment_id, status, current_version, cause, "
                        + "incident_date, admission_date, discharge_date, hospital, diagnosis_code, accident_outcome, "
                        + "complexity, submitted_at, due_date, entered_by, reviewed_by, approved_on")) {
            for (long claim = 1; claim <= approvedClaims; claim++) {
                long member = memberOf(claim);
                PlanCode plan = planOf(claim);
                SplittableRandom random = new SplittableRandom(claim);
                LocalDate incident = coverageStart.plusDays(10 + nthOf(claim) * 30L + random.nextInt(25));
                boolean stay = plan == PlanCode.INPATIENT;
                rows.row(claim, claimNumber(claim), memberNo(member), member, plan.name(), enrolmentId(member, plan),
                        "APPROVED", 1, stay ? "ILLNESS" : "ACCIDENT", incident, stay ? incident : null,
                        stay ? incident.plusDays(3 + random.nextInt(12)) : null, "新余市人民医院",
                        stay ? "J18.9" : "S82.0", stay ? null : "MEDICAL", "SIMPLE",
                        incident.plusDays(40) + "T02:00:00Z", incident.plusDays(60), "bench", "bench",
                        min(incident.plusDays(40), today));
            }
        }
        try (CopyRows rows = new CopyRows(connection, "claim_invoice",
                "claim_id, position, number, total, fund_paid, policy_self_paid, out_of_policy, in_use")) {
            for (long claim = 1; claim <= approvedClaims; claim++) {
                SplittableRandom random = new SplittableRandom(-claim);
                int policySelfPaid = 500 + random.nextInt(25_000);
                int outOfPolicy = random.nextInt(2_000);
                int fundPaid = policySelfPaid * 2;
                rows.row(claim, 0, "BINV" + claim, fundPaid + policySelfPaid + outOfPolicy + ".00", fundPaid + ".00",
                        policySelfPaid + ".00", outOfPolicy + ".00", true);
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[] {"member", "enrollment", "claim"}) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(SELECT coalesce(max(id), 0) + 1 FROM " + table + "), false)");
            }
        }
        connection.commit();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Claims 1, 2, 3 are member 1's two hospital stays and accident, 4, 5, 6 member 2's, and so on. */
    private static long memberOf(long claim) {
        return (claim - 1) / CLAIMS_PER_MEMBER + 1;
    }

    private static int nthOf(long claim) {
        return (int) ((claim - 1) % CLAIMS_PER_MEMBER);
    }

    private static PlanCode planOf(long claim) {
        return nthOf(claim) < 2 ? PlanCode.INPATIENT : PlanCode.ACCIDENT;
    }

    private static long enrolmentId(long member, PlanCode plan) {
        return member * 2 - (plan == PlanCode.INPATIENT ? 1 : 0);
    }

    private static String claimNumber(long claim) {
        long index = claim - 1;
        return "HZ%04d%06d".formatted(2000 + index / CLAIMS_PER_NUMBER_YEAR, index % CLAIMS_PER_NUMBER_YEAR + 1);
    }
}
