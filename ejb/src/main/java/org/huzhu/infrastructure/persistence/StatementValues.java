package org.huzhu.infrastructure.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Binds a row's values to a statement's parameters in order, as the driver takes them; null binds SQL NULL. */
public final class StatementValues {

    private StatementValues() {
    }

    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = switch (values[i]) {
                case LocalDate date -> Date.valueOf(date);
                case Instant instant -> instant.atOffset(ZoneOffset.UTC);
                case null, default -> values[i];
            };
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
