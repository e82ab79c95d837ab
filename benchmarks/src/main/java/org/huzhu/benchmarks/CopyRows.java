package org.huzhu.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with {@code COPY ... FROM STDIN} in PostgreSQL's text format, sent
 * in blocks of about 256 KiB, so that millions of rows never sit in memory.
 */
final class CopyRows implements AutoCloseable {

    private static final int BLOCK = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder block = new StringBuilder(BLOCK + 4096);
    private long rows;
    private boolean ended;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    /** One row; {@code null} is SQL NULL, everything else its {@code toString()}. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                block.append('\t');
            }
            if (values[i] == null) {
                block.append("\\N");
            } else {
                escape(values[i].toString());
            }
        }
        block.append('\n');
        rows++;
        if (block.length() >= BLOCK) {
            send();
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (ended) {
            return;
        }
        ended = true;
        send();
        copy.endCopy();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> block.append("\\\\");
                case '\t' -> block.append("\\t");
                case '\n' -> block.append("\\n");
                case '\r' -> block.append("\\r");
                default -> block.append(c);
            }
        }
    }

    private void send() throws SQLException {
        if (!block.isEmpty()) {
            byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            block.setLength(0);
        }
    }
}
