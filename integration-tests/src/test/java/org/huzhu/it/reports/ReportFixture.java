package org.huzhu.it.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads reports/fixture-2018.sql into the test database once: the database outlives a test class, and a
 * second copy would double every figure the tests expect.
 */
final class ReportFixture {

    private ReportFixture() {
    }

    static synchronized void load() throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("huzhu.test.db.url"),
                System.getProperty("huzhu.test.db.user"), System.getProperty("huzhu.test.db.password"));
             Statement sql = connection.createStatement()) {
            try (ResultSet loaded = sql.executeQuery("SELECT 1 FROM unit WHERE code = 'IT-RPT-2018'")) {
                if (loaded.next()) {
                    return;
                }
            }
            connection.setAutoCommit(false);
            sql.execute(script());
            connection.commit();
        }
    }

    private static String script() {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/reports/fixture-2018.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
