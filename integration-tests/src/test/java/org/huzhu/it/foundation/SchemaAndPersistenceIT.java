package org.huzhu.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.huzhu.application.AccountService;
import org.huzhu.application.Conflict;
import org.huzhu.application.UserAdministration;
import org.huzhu.domain.model.user.Role;
import org.huzhu.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside WildFly: the schema Flyway built in PostgreSQL, and an entity stored and read back. */
@ExtendWith(ArquillianExtension.class)
class SchemaAndPersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.huzhuWith(SchemaAndPersistenceIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/HuzhuDS")
    private DataSource dataSource;

    @EJB
    private UserAdministration userAdministration;

    @EJB
    private AccountService accountService;

    @Test
    void flywayBuiltTheSchemaFromItsVersionedHistory() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT count(*) FILTER (WHERE NOT success), count(*) FILTER (WHERE version = '1' AND success) FROM flyway_schema_history")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no failed migration");
                assertEquals(1, rs.getInt(2), "V1 applied");
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT count(*) FROM plan_version WHERE plan_code IN ('INPATIENT','ALLOWANCE','CRITICAL','FEMALE','ACCIDENT')")) {
                rs.next();
                assertEquals(5, rs.getInt(1), "the default plan catalogue is seeded");
            }
            // JBeret's job repository lives in the same PostgreSQL database
            try (ResultSet rs = statement.executeQuery("SELECT to_regclass('job_execution') IS NOT NULL")) {
                rs.next();
                assertTrue(rs.getBoolean(1));
            }
        }
    }

    @Test
    void theDatabaseRefusesOverlappingEnrolmentsOfOneMemberInOnePlan() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO unit (code, name, uscc) VALUES ('T-OVERLAP', '测试单位', '91350100M000100Y43')");
            statement.execute("""
                    INSERT INTO member (member_no, unit_id, name, id_number, gender, birth_date, category)
                    SELECT 'MTEST0001', id, '张三', '11010519491231002X', 'FEMALE', DATE '1949-12-31', 'EMPLOYEE'
                    FROM unit WHERE code = 'T-OVERLAP'""");
            String enrol = """
                    INSERT INTO enrollment (member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end,
                                            contribution, payer, renewal, chain_start)
                    SELECT m.id, 'INPATIENT', v.id, 1, DATE '%s', DATE '%s', 30, 'UNIT', false, DATE '%s'
                    FROM member m, plan_version v WHERE m.member_no = 'MTEST0001' AND v.plan_code = 'INPATIENT'""";
            statement.execute(enrol.formatted("2026-01-01", "2026-12-31", "2026-01-01"));
            SQLException overlap = assertThrows(SQLException.class,
                    () -> statement.execute(enrol.formatted("2026-12-31", "2027-12-30", "2026-12-31")));
            assertEquals("23P01", overlap.getSQLState(), "exclusion_violation");
            connection.rollback();
        }
    }

    @Test
    void aStaffAccountIsStoredWithAHashedPasswordAndReadBack() throws SQLException {
        String username = "stored" + System.nanoTime() % 100_000;
        UserAdministration.IssuedAccount issued = userAdministration.createStaff("admin", username, "存取测试",
                EnumSet.of(Role.REVIEWER, Role.FINANCE));

        AccountService.AccountView readBack = accountService.find(username).orElseThrow();
        assertEquals("存取测试", readBack.displayName());
        assertEquals(java.util.Set.of("finance", "reviewer"), readBack.roles());
        assertTrue(readBack.mustChangePassword(), "an issued password is changed at first sign-in");

        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT password_hash, password_salt, password_iterations FROM app_user WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                assertNotEquals(issued.initialPassword(), rs.getString(1));
                assertFalse(rs.getString(1).contains(issued.initialPassword()));
                assertEquals(10, rs.getInt(3), "bcrypt cost");
            }
        }
        assertThrows(Conflict.class, () -> userAdministration.createStaff("admin", username, "重复", EnumSet.of(Role.CLERK)));
    }
}
