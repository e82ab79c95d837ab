package org.huzhu.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Rows put straight into the test database, as the application would have left them: units, members, enrolments,
 * and what a subclass adds (approved claims for settlement, settled claims for grants). Every number comes from one
 * sequence, so fixtures of different tests never collide in the database that all integration tests of a run share.
 */
public abstract class DatabaseFixtures implements AutoCloseable {

    private final Connection connection;

    /** On the test database that ./huzhu test passes to the test JVM. */
    protected DatabaseFixtures() throws SQLException {
        this(openTestDatabase());
    }

    /** On a connection of the caller's, such as one of the server's datasource inside the server. */
    protected DatabaseFixtures(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE IF NOT EXISTS it_fixture_number");
        }
    }

    /** A new connection to the test database, for a test that needs one of its own (to hold a lock, say). */
    public static Connection openTestDatabase() throws SQLException {
        return DriverManager.getConnection(System.getProperty("huzhu.test.db.url"),
                System.getProperty("huzhu.test.db.user"), System.getProperty("huzhu.test.db.password"));
    }

    public Connection connection() {
        return connection;
    }

    /** A member of a unit of their own, with a bank card to be paid on. */
    public record Member(long id, String memberNo, String name, String bankCard, String bankName) {
    }

    public record Enrolment(long id, Member member, String plan, int shares) {
    }

    public Member member(String name, String gender) throws SQLException {
        long n = next();
        try (PreparedStatement unit = connection.prepareStatement(
                "INSERT INTO unit (code, name, uscc) VALUES (?, ?, ?) RETURNING id")) {
            unit.setString(1, "IT-" + n);
            unit.setString(2, "测试单位" + n);
            unit.setString(3, String.format("%018d", n));
            long unitId = single(unit);
            String memberNo = String.format("MT%08d", n);
            String card = String.format("6222%012d", n);
            try (PreparedStatement member = connection.prepareStatement("""
                    INSERT INTO member (member_no, unit_id, name, id_number, gender, birth_date, bank_card, bank_name, category)
                    VALUES (?, ?, ?, ?, ?, DATE '1985-05-05', ?, '中国工商银行', 'EMPLOYEE') RETURNING id""")) {
                member.setString(1, memberNo);
                member.setLong(2, unitId);
                member.setString(3, name);
                member.setString(4, TestPeople.residentId(LocalDate.of(1985, 5, 5), "FEMALE".equals(gender)));
                member.setString(5, gender);
                member.setString(6, card);
                return new Member(single(member), memberNo, name, card, "中国工商银行");
            }
        }
    }

    /** A year of cover from {@code start}, contribution paid by the unit; a renewal's chain started a year before. */
    public Enrolment enrol(Member member, String plan, int shares, LocalDate start, boolean renewal) throws SQLException {
        try (PreparedStatement enrol = connection.prepareStatement("""
                INSERT INTO enrollment (member_id, plan_code, plan_version_id, shares, coverage_start, coverage_end,
                                        contribution, payer, renewal, chain_start)
                SELECT ?, ?, v.id, ?, ?, ?, 0, 'UNIT', ?, ? FROM plan_version v WHERE v.plan_code = ? AND v.plan_year = 2020
                RETURNING id""")) {
            enrol.setLong(1, member.id());
            enrol.setString(2, plan);
            enrol.setInt(3, shares);
            enrol.setObject(4, start);
            enrol.setObject(5, start.plusYears(1).minusDays(1));
            enrol.setBoolean(6, renewal);
            enrol.setObject(7, renewal ? start.minusYears(1) : start);
            enrol.setString(8, plan);
            return new Enrolment(single(enrol), member, plan, shares);
        }
    }

    /**
     * The member's own account (user name = member number) with the password of an existing account, so that the
     * test signs in as the member without an issued password to change first.
     */
    public void memberAccount(Member member, String withPasswordOf) throws SQLException {
        try (PreparedStatement account = connection.prepareStatement("""
                INSERT INTO app_user (username, display_name, password_hash, password_salt, password_iterations)
                SELECT ?, ?, password_hash, password_salt, password_iterations FROM app_user WHERE username = ?""");
             PreparedStatement role = connection.prepareStatement(
                     "INSERT INTO app_user_role (username, role) VALUES (?, 'member')")) {
            account.setString(1, member.memberNo());
            account.setString(2, member.name());
            account.setString(3, withPasswordOf);
            if (account.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + withPasswordOf + " to copy the password of");
            }
            role.setString(1, member.memberNo());
            role.executeUpdate();
        }
    }

    public long count(String sql, Object... parameters) throws SQLException {
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

    public String text(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The next number of the shared fixture sequence. */
    protected long next() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT nextval('it_fixture_number')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The one value an INSERT … RETURNING gives. */
    public static long single(PreparedStatement insert) throws SQLException {
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
