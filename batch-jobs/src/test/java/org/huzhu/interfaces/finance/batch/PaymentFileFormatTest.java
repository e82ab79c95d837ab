package org.huzhu.interfaces.finance.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class PaymentFileFormatTest {

    @Test
    void headerRowsAndTrailerWithCountAndTotal() throws IOException {
        StringWriter out = new StringWriter();
        PaymentFileFormat file = new PaymentFileFormat(out);
        file.row(1, "王小明", "6222000000000001", "中国工商银行", Money.parse("7500.00"), "互助金", "HZ2026000001");
        file.row(2, "李四", "6222000000000002", "中国农业银行", Money.parse("480"), "互助金", "HZ2026000002");
        file.trailer();

        assertEquals("""
                序号,收款人姓名,银行卡号,开户银行,金额,用途,业务编号\r
                1,王小明,6222000000000001,中国工商银行,7500.00,互助金,HZ2026000001\r
                2,李四,6222000000000002,中国农业银行,480.00,互助金,HZ2026000002\r
                合计,2,7980.00\r
                """, out.toString());
    }

    @Test
    void aNameWithACommaOrQuoteCannotShiftTheColumns() throws IOException {
        StringWriter out = new StringWriter();
        PaymentFileFormat file = new PaymentFileFormat(out);
        file.row(1, "Li, \"Jr\"", "6222000000000001", "某银行", Money.parse("1.00"), "互助金", "HZ2026000001");
        assertEquals("1,\"Li, \"\"Jr\"\"\",6222000000000001,某银行,1.00,互助金,HZ2026000001\r\n",
                out.toString().split("\r\n", 2)[1]);
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        StringWriter out = new StringWriter();
        PaymentFileFormat file = new PaymentFileFormat(out);
        file.row(1, "=HYPERLINK(\"http://x\")", "6222000000000001", "@SUM(1)", Money.parse("1.00"), "互助金", "HZ2026000001");
        assertEquals("1,\"'=HYPERLINK(\"\"http://x\"\")\",6222000000000001,'@SUM(1),1.00,互助金,HZ2026000001\r\n",
                out.toString().split("\r\n", 2)[1]);
    }

    @Test
    void rowsComeInSequence() throws IOException {
        PaymentFileFormat file = new PaymentFileFormat(new StringWriter());
        assertThrows(IllegalArgumentException.class,
                () -> file.row(2, "王", "6222000000000001", "银行", Money.parse("1.00"), "互助金", "HZ2026000001"));
    }
}
