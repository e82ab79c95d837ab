package org.huzhu.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.huzhu.infrastructure.demo.CountyParameters;
import org.huzhu.infrastructure.demo.DemoCountyWriter;
import org.huzhu.infrastructure.demo.SyntheticCounty;
import org.huzhu.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside WildFly: the demo loader's writer puts a small synthetic county into the real
 * PostgreSQL, and the rows are what the schema and intake expect. The county has a unit prefix of
 * its own and takes numbers after the sequences' current values; everything is rolled back at the
 * end, so the other tests of the run (a settlement run among them) never see it.
 */
@ExtendWith(ArquillianExtension.class)
class DemoCountyWriterIT {

    private static final String UNIT_PREFIX = "ITDEMO";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Deployment
    static EnterpriseArchive deployment() {
        // the demo module is not in the production EAR: its package goes in with the test
        return Deployments.huzhuWith(new Class<?>[] {DemoCountyWriterIT.class}, DemoCountyWriter.class.getPackageName());
    }

    @Resource(lookup = "java:jboss/datasources/HuzhuDS")
    private DataSource dataSource;

    @Test
    void writesASmallCountyWhoseRowsHangTogether() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long firstMember = lastValue(connection, "MEMBER", 0) + 1;
                long firstClaim = 1 + Math.max(lastValue(connection, "CLAIM", 2024),
                        Math.max(lastValue(connection, "CLAIM", 2025), lastValue(connection, "CLAIM", 2026)));
                CountyParameters parameters = new CountyParameters(977, 0.01, AS_OF, UNIT_PREFIX, firstMember,
                        (int) firstClaim);

                DemoCountyWriter.Summary summary = new DemoCountyWriter(connection, 3)
                        .write(new SyntheticCounty(parameters).records());

                assertEquals(summary.units(), count(connection, "SELECT count(*) FROM unit WHERE code LIKE 'ITDEMO%'"));
                assertEquals(summary.members(), count(connection, """
                        SELECT count(*) FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.code LIKE 'ITDEMO%'"""));
                assertEquals(summary.enrolments(), count(connection, """
                        SELECT count(*) FROM enrollment e JOIN member m ON m.id = e.member_id
                        JOIN unit u ON u.id = m.unit_id WHERE u.code LIKE 'ITDEMO%'"""));
                assertEquals(summary.hardshipFiles(), count(connection, """
                        SELECT count(*) FROM hardship_file h JOIN member m ON m.id = h.member_id
                        JOIN unit u ON u.id = m.unit_id WHERE u.code LIKE 'ITDEMO%'"""));
                String demoClaims = """
                        FROM claim c JOIN member m ON m.id = c.member_id JOIN unit u ON u.id = m.unit_id
                        WHERE u.code LIKE 'ITDEMO%' """;
                assertEquals(summary.claims(), count(connection, "SELECT count(*) " + demoClaims));
                assertTrue(summary.claims() > 0 && summary.members() > 300, "a small county, but a county");
                assertEquals(0, count(connection, "SELECT count(*) " + demoClaims + """
                        AND (c.enrollment_id IS NULL OR c.current_version <> 1
                             OR NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.id = c.enrollment_id
                                            AND e.member_id = c.member_id AND e.plan_code = c.plan_code
                                            AND c.incident_date BETWEEN e.coverage_start AND e.coverage_end))"""),
                        "every claim points at the member's enrolment that covers the incident");
                assertEquals(0, count(connection, "SELECT count(*) " + demoClaims + """
                        AND EXISTS (SELECT 1 FROM claim_version v WHERE v.claim_id = c.id
                                    AND (jsonb_array_length(v.violations) > 0) <> (c.status = 'REJECTED'))"""),
                        "violations are stored exactly on REJECTED claims");
                assertEquals(0, count(connection, "SELECT count(*) " + demoClaims + """
                        AND EXISTS (SELECT 1 FROM claim_invoice i WHERE i.claim_id = c.id
                                    AND (i.in_use <> (c.status NOT IN ('REJECTED', 'DECLINED'))
                                         OR i.total <> i.fund_paid + i.policy_self_paid + i.out_of_policy
                                            AND c.status <> 'REJECTED'))"""),
                        "invoices add up and are in use while their claim holds them");
                assertEquals(0, count(connection, "SELECT count(*) " + demoClaims + """
                        AND (SELECT count(*) FROM audit_log a WHERE a.entity_type = 'CLAIM' AND a.entity_ref = c.claim_no)
                            <> CASE WHEN c.reviewed_by IS NULL THEN 2 ELSE 3 END"""),
                        "each claim's submission, validation and review are audited");
                assertTrue(count(connection, "SELECT count(*) " + demoClaims + "AND c.status = 'APPROVED'") > 0);
                assertEquals(0, count(connection, "SELECT count(*) " + demoClaims + """
                        AND c.approved_on IS DISTINCT FROM (SELECT (max(a.at) AT TIME ZONE 'Asia/Shanghai')::date
                                                           FROM audit_log a WHERE a.entity_type = 'CLAIM'
                                                           AND a.entity_ref = c.claim_no AND a.action = 'APPROVE')"""),
                        "an approved claim is approved on the Beijing day of its approval, no other claim is");
                assertEquals(0, count(connection, """
                        SELECT count(*) FROM enrollment a JOIN enrollment b ON a.member_id = b.member_id
                        AND a.plan_code = b.plan_code AND a.id < b.id AND b.renewal
                        AND b.coverage_start = a.coverage_end + 1 AND b.chain_start <> a.chain_start"""),
                        "a renewal continues the chain of the enrolment it renews");

                String highestMember = string(connection, """
                        SELECT max(m.member_no) FROM member m JOIN unit u ON u.id = m.unit_id WHERE u.code LIKE 'ITDEMO%'""");
                assertEquals(Long.parseLong(highestMember.substring(1)), lastValue(connection, "MEMBER", 0),
                        "the next member registered takes the number after the county's");
                String highestClaim = string(connection, "SELECT max(c.claim_no) " + demoClaims
                        + "AND c.claim_no LIKE 'HZ2026%'");
                assertEquals(Long.parseLong(highestClaim.substring(6)), lastValue(connection, "CLAIM", 2026));
            } finally {
                connection.rollback();
            }
        }
    }

    private static long lastValue(Connection connection, String kind, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT coalesce(max(last_value), 0) FROM number_sequence WHERE kind = ? AND year = ?")) {
            select.setString(1, kind);
            select.setInt(2, year);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        return Long.parseLong(string(connection, sql));
    }

    private static String string(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
