package org.huzhu.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The repositories' one way of running a statement: parameters bound in order ({@link StatementValues}), rows read
 * by a function, a failure reported with what was being done. Connections come from the JTA data source, so every
 * call joins the caller's transaction.
 */
public final class Sql {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;
    private final String subject;

    /** @param subject what the statements work on, for the message of a failure ("letter register") */
    public Sql(DataSource dataSource, String subject) {
        this.dataSource = dataSource;
        this.subject = subject;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            StatementValues.bind(statement, values);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... values) {
        return list(sql, row, values).stream().findFirst();
    }

    /** @return the number of rows changed */
    public int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            StatementValues.bind(statement, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs one statement once per row of values, as one JDBC batch (the driver sends multi-row inserts).
     *
     * @return the number of rows changed, as far as the driver counts them (not for rewritten inserts)
     */
    public int batch(String sql, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] values : rows) {
                StatementValues.bind(statement, values);
                statement.addBatch();
            }
            return Arrays.stream(statement.executeBatch()).map(changed -> Math.max(changed, 0)).sum();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private IllegalStateException failure(SQLException e) {
        return new IllegalStateException(subject + ": " + e.getMessage(), e);
    }
}
