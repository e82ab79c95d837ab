package org.huzhu.interfaces.finance.batch;

import static org.huzhu.domain.model.shared.SpreadsheetText.csvField;

import java.io.IOException;
import java.io.Writer;
import org.huzhu.domain.model.shared.Money;

/**
 * The bank's batch payment file (代发, SPEC.md §6): UTF-8 CSV without a byte order mark, lines ending in CRLF
 * (RFC 4180), a header, one line per payment, and a trailer {@code 合计,row count,total}. A field with a comma,
 * quote or line break is quoted, so a name cannot shift the columns, and one that a spreadsheet would run as a
 * formula gets a leading apostrophe ({@link org.huzhu.domain.model.shared.SpreadsheetText}).
 */
final class PaymentFileFormat {

    static final String HEADER = "序号,收款人姓名,银行卡号,开户银行,金额,用途,业务编号";
    static final String TRAILER_LABEL = "合计";
    private static final String LINE_END = "\r\n";

    private final Writer out;
    private long rows;
    private Money total = Money.ZERO;

    PaymentFileFormat(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER + LINE_END);
    }

    void row(int sequence, String payee, String bankCard, String bankName, Money amount, String purpose,
            String reference) throws IOException {
        if (sequence != rows + 1) {
            throw new IllegalArgumentException("payment rows out of sequence: " + sequence + " after " + rows);
        }
        out.write(String.join(",", Integer.toString(sequence), csvField(payee), csvField(bankCard), csvField(bankName),
                amount.toPlainString(), csvField(purpose), csvField(reference)) + LINE_END);
        rows++;
        total = total.plus(amount);
    }

    void trailer() throws IOException {
        out.write(TRAILER_LABEL + "," + rows + "," + total.toPlainString() + LINE_END);
    }

    long rows() {
        return rows;
    }

    Money total() {
        return total;
    }
}
