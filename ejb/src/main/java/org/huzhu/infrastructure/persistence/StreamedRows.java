package org.huzhu.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.huzhu.domain.model.shared.Streamed;

/**
 * A query's rows through a server-side cursor on a connection outside JTA, so that the cursor survives the chunk
 * commits of the step that reads it. PostgreSQL streams with a cursor only inside a transaction; this one only reads
 * and is rolled back on close.
 */
final class StreamedRows<T> implements Streamed<T> {

    private final Connection connection;
    private final ResultSet rows;
    private final Sql.Row<T> row;
    private final String subject;

    private StreamedRows(Connection connection, ResultSet rows, Sql.Row<T> row, String subject) {
        this.connection = connection;
        this.rows = rows;
        this.row = row;
        this.subject = subject;
    }

    /**
     * @param outsideJta a data source whose connections are not enlisted in JTA ({@link DataSources#HUZHU_STREAMING})
     * @param fetchSize  rows per round trip: what bounds the memory
     */
    static <T> Streamed<T> open(DataSource outsideJta, String subject, String sql, int fetchSize, Sql.Row<T> row,
                                Object... values) {
        Connection connection = null;
        try {
            connection = outsideJta.getConnection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setFetchSize(fetchSize);
            StatementValues.bind(statement, values);
            return new StreamedRows<>(connection, statement.executeQuery(), row, subject);
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new IllegalStateException(subject + ": " + e.getMessage(), e);
        }
    }

    @Override
    public T next() {
        try {
            return rows.next() ? row.read(rows) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(subject + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Connection toClose = connection) {
            toClose.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(subject + ": " + e.getMessage(), e);
        }
    }
}
