package org.huzhu.domain.model.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.huzhu.domain.model.payout.PaymentReconciliation.SentFile;
import org.huzhu.domain.model.payout.PaymentReconciliation.SentPayment;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class PaymentReconciliationTest {

    private static final SentPayment A = new SentPayment(1, 7, "HZ2026000001", Money.parse("480.00"));
    private static final SentPayment B = new SentPayment(2, 7, "HZ2026000002", Money.parse("280.00"));
    private static final Map<String, SentPayment> AWAITING = Map.of(A.reference(), A, B.reference(), B);
    private static final Map<Long, SentFile> FILES = Map.of(7L, new SentFile(7, 2, Money.parse("760.00")));
    private static final String GOOD = """
            业务编号,金额,结果,原因\r
            HZ2026000001,480.00,SUCCESS,\r
            HZ2026000002,280.00,FAILED,"户名不符,请核对"\r
            合计,2,760.00\r
            """;

    private static PaymentReconciliation.Result reconcile(String file) {
        return PaymentReconciliation.of(BankReturnFormat.read(file.getBytes(StandardCharsets.UTF_8)), AWAITING, FILES);
    }

    @Test
    void aFileAnsweringEveryRowAtItsAmountReconcilesInUtf8AndGb18030() {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            PaymentReconciliation.Result result = PaymentReconciliation.of(
                    BankReturnFormat.read(GOOD.getBytes(charset)), AWAITING, FILES);
            assertEquals(List.of(), result.mismatches(), charset::name);
            assertEquals(7, result.paymentFileId());
            assertEquals(1, result.paid());
            assertEquals(1, result.failed());
            assertEquals("户名不符,请核对", result.answers().get(1).reason());
        }
    }

    @Test
    void aByteOrderMarkAndLfLineEndsAreRead() {
        assertTrue(reconcile("\uFEFF" + GOOD.replace("\r\n", "\n")).reconciles());
    }

    @Test
    void everyMismatchIsListedAndNothingIsToBeApplied() {
        PaymentReconciliation.Result result = reconcile("""
                业务编号,金额,结果,原因
                HZ2026000001,480.01,SUCCESS,
                HZ2099000009,280.00,SUCCESS,
                HZ2026000002,280.00,FAILED,
                合计,3,1.00
                """);
        assertEquals(List.of(), result.answers());
        List<String> mismatches = result.mismatches();
        assertTrue(mismatches.stream().anyMatch(m -> m.contains("第4行") && m.contains("原因")), mismatches::toString);
        assertTrue(mismatches.stream().anyMatch(m -> m.startsWith("合计行为 3 笔 1.00 元")), mismatches::toString);
        assertTrue(mismatches.stream().anyMatch(m -> m.contains("HZ2026000001：金额 480.01")), mismatches::toString);
        assertTrue(mismatches.stream().anyMatch(m -> m.contains("HZ2099000009：没有待银行回盘")), mismatches::toString);
    }

    @Test
    void aFileAnsweringPartOfThePaymentFileIsRefused() {
        PaymentReconciliation.Result result = reconcile("""
                业务编号,金额,结果,原因
                HZ2026000001,480.00,SUCCESS,
                合计,1,480.00
                """);
        assertEquals(List.of("付款文件 7 共 2 笔 760.00 元，回盘文件为 1 笔 480.00 元"), result.mismatches());
    }

    @Test
    void aDuplicateReferenceAMissingTrailerAndAWrongHeaderAreRefused() {
        List<String> mismatches = reconcile("""
                编号,金额
                HZ2026000001,480.00,SUCCESS,
                HZ2026000001,480.00,SUCCESS,
                """).mismatches();
        assertTrue(mismatches.contains("第1行应为表头 业务编号,金额,结果,原因"), mismatches::toString);
        assertTrue(mismatches.contains("缺少合计行 合计,笔数,总金额"), mismatches::toString);
        assertTrue(mismatches.stream().anyMatch(m -> m.contains("业务编号重复")), mismatches::toString);
    }
}
