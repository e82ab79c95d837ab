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
 * Hands out claim, letter, grant and member numbers. Each number is taken in a transaction of its
 * own, so that it is never reused, even when the record that wanted it is rolled back (a gap is
 * fine; a number used twice is not), and the row lock is held for one statement only.
 */
@Stateless
public class NumberSequences {

    public enum Kind { CLAIM, LETTER, GRANT, MEMBER }

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long next(Kind kind, int year) {
        return reserve(kind, year, 1);
    }

    /**
     * Takes {@code count} consecutive numbers at once, for a run that numbers thousands of records in one
     * transaction (hardship grants); returns the first of them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserve(Kind kind, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("reserve at least one number, not " + count);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement next = connection.prepareStatement("""
                     INSERT INTO number_sequence (kind, year, last_value) VALUES (?, ?, ?)
                     ON CONFLICT (kind, year) DO UPDATE SET last_value = number_sequence.last_value + ?
                     RETURNING last_value""")) {
            next.setString(1, kind.name());
            next.setInt(2, year);
            next.setLong(3, count);
            next.setLong(4, count);
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the next " + kind + " number", e);
        }
    }
}
