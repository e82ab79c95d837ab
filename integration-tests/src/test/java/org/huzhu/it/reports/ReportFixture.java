package org.huzhu.it.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;

/**
 * Loads reports/fixture-2012.sql into the test database once, then has the real hardship-grant job decide the
 * grants of 2012 on it, as finance would start it: the database outlives a test class, and a second copy would
 * double every figure the tests expect.
 * <p>
 * The grant runs: 2013-01-10 with a budget of ¥6,000 for ¥7,000 owed (甲 1,500, 乙 500, 丙 5,000), scaled to
 * 1,286 + 428 + 4,286 (the two left-over yuan to the equal largest remainders, 丙 then 甲), and 乙's condolence
 * of ¥1,000 outside the budget; 2013-03-20, the same budget again, pays the top-ups 214 + 72 + 714 and no second
 * condolence. Both runs are in 2013 and decide for 2012, a year no other test's grants or payouts are in.
 */
final class ReportFixture {

    static final String FIRST_GRANT_RUN = """
            {"year": 2012, "budget": "6000.00", "runDate": "2013-01-10"}""";
    static final String SECOND_GRANT_RUN = """
            {"year": 2012, "budget": "6000.00", "runDate": "2013-03-20"}""";

    private ReportFixture() {
    }

    static synchronized void load(ApiClient finance) throws SQLException, InterruptedException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            try (ResultSet loaded = sql.executeQuery("SELECT 1 FROM unit WHERE code = 'IT-RPT-2012'")) {
                if (!loaded.next()) {
                    connection.setAutoCommit(false);
                    sql.execute(script());
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            }
            try (ResultSet runs = sql.executeQuery("SELECT count(*) FROM grant_run WHERE year = 2012")) {
                runs.next();
                if (runs.getLong(1) > 0) {
                    return;
                }
            }
        }
        Jobs grants = new Jobs(finance, "hardship-grant");
        grants.run(FIRST_GRANT_RUN);
        grants.run(SECOND_GRANT_RUN);
    }

    /**
     * The grants and condolences whose run is dated in [from, to], counted straight from the tables the grant job
     * writes: per kind, "members grants amount", then whether each grant has its one payout of the same amount
     * in a payment file row of the same amount, and the runs' own totals.
     */
    static List<String> grantsDecidedBetween(LocalDate from, LocalDate to) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement("""
                SELECT k.kind, count(DISTINCT g.member_id), count(g.id), coalesce(sum(g.amount), 0),
                       count(g.id) = count(p.id) AND count(p.id) = count(r.id)
                           AND coalesce(sum(p.payable), 0) = coalesce(sum(g.amount), 0)
                           AND coalesce(sum(r.amount), 0) = coalesce(sum(g.amount), 0),
                       (SELECT coalesce(sum(CASE k.kind WHEN 'GRANT' THEN run.grant_total ELSE run.condolence_total END), 0)
                        FROM grant_run run WHERE run.run_date BETWEEN ? AND ?)
                FROM (VALUES ('GRANT'), ('CONDOLENCE')) k(kind)
                LEFT JOIN (hardship_grant g JOIN grant_run run ON run.id = g.grant_run_id AND run.run_date BETWEEN ? AND ?)
                       ON g.kind = k.kind
                LEFT JOIN payout p ON p.grant_id = g.id AND p.kind = 'GRANT'
                LEFT JOIN payment_row r ON r.payout_id = p.id AND r.reference = g.grant_no
                GROUP BY k.kind ORDER BY k.kind DESC""")) {
            select.setObject(1, from);
            select.setObject(2, to);
            select.setObject(3, from);
            select.setObject(4, to);
            List<String> sums = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sums.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + fen(rs.getBigDecimal(4))
                            + " paid " + rs.getBoolean(5) + " runs " + fen(rs.getBigDecimal(6)));
                }
            }
            return sums;
        }
    }

    /** Claim payouts that moved money, settled on a day of [from, to]: "members payouts amount". */
    static String claimPayoutsBetween(LocalDate from, LocalDate to) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement("""
                SELECT count(DISTINCT member_id), count(*), coalesce(sum(payable), 0) FROM payout
                WHERE kind = 'CLAIM' AND payable > 0
                  AND settled_on BETWEEN ? AND ?""")) {
            select.setObject(1, from);
            select.setObject(2, to);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) + " " + rs.getLong(2) + " " + fen(rs.getBigDecimal(3));
            }
        }
    }

    /** As the API writes money: two decimals, 0.00 for nothing. */
    private static String fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("huzhu.test.db.url"),
                System.getProperty("huzhu.test.db.user"), System.getProperty("huzhu.test.db.password"));
    }

    private static String script() {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/reports/fixture-2012.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
