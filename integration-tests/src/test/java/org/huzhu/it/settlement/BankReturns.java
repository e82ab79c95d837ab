package org.huzhu.it.settlement;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bank return files as the bank would send them (docs/settlement.md), made from what a payment file sent. */
public final class BankReturns {

    public static final String HEADER = "业务编号,金额,结果,原因";

    /** A row of a payment file: its reference (claim number) and amount as written. */
    public record Sent(String reference, String amount) {
    }

    private BankReturns() {
    }

    public static List<Sent> rowsOf(SettlementFixtures fixtures, long paymentFileId) throws SQLException {
        try (PreparedStatement select = fixtures.connection().prepareStatement(
                "SELECT reference, amount FROM payment_row WHERE payment_file_id = ? ORDER BY sequence")) {
            select.setLong(1, paymentFileId);
            List<Sent> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Sent(rs.getString(1), rs.getBigDecimal(2).toPlainString()));
                }
            }
            return rows;
        }
    }

    /** Answer lines for every row: SUCCESS, or FAILED with the reason given for its reference. */
    public static List<String> answering(List<Sent> rows, Map<String, String> failures) {
        return rows.stream().map(row -> failures.containsKey(row.reference())
                ? row.reference() + "," + row.amount() + ",FAILED," + failures.get(row.reference())
                : row.reference() + "," + row.amount() + ",SUCCESS,").toList();
    }

    /** The whole file, CRLF, with the trailer that the lines add up to. */
    public static String file(List<String> lines) {
        BigDecimal total = lines.stream().map(line -> new BigDecimal(line.split(",")[1]))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return file(lines, lines.size(), total.toPlainString());
    }

    /** The whole file with a trailer of the caller's, which need not add up. */
    public static String file(List<String> lines, int trailerRows, String trailerTotal) {
        StringBuilder file = new StringBuilder(HEADER).append("\r\n");
        lines.forEach(line -> file.append(line).append("\r\n"));
        return file.append("合计,").append(trailerRows).append(',').append(trailerTotal).append("\r\n").toString();
    }
}
