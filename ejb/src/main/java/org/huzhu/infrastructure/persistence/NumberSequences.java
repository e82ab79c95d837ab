package org.huzhu.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Numbers that are never reused (table {@code number_sequence}): claim, letter, grant and member
 * numbers. Each number is taken in a transaction of its own, so the row lock on the sequence is
 * held for one statement and not for the caller's whole transaction; a caller that rolls back
 * leaves a gap, never a duplicate.
 */
@Stateless
public class NumberSequences {

    public static final String LETTER = "LETTER";

    /** Counts from 1 for the first number of a kind in a year. */
    private static final String NEXT = """
            INSERT INTO number_sequence (kind, year, last_value) VALUES (?, ?, 1)
            ON CONFLICT (kind, year) DO UPDATE SET last_value = number_sequence.last_value + 1
            RETURNING last_value""";

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long next(String kind, int year) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(NEXT)) {
            statement.setString(1, kind);
            statement.setInt(2, year);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the next " + kind + " number for " + year, e);
        }
    }
}
