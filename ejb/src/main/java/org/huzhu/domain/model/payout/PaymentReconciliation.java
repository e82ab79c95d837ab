package org.huzhu.domain.model.payout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.huzhu.domain.model.shared.Money;

/**
 * Whether a bank return file may be applied (SPEC.md §6): every line answers a payment still awaiting the bank, at
 * the amount sent, all in one payment file; the file is answered completely; the trailer's count and total add up.
 * Either everything reconciles and every answer is applied, or nothing is and finance gets every mismatch.
 */
public final class PaymentReconciliation {

    /** A payment row sent to the bank and not yet answered. */
    public record SentPayment(long rowId, long paymentFileId, String reference, Money amount) {
    }

    /** What the payment file as a whole asked the bank to pay. */
    public record SentFile(long paymentFileId, int rowCount, Money total) {
    }

    /** How one payment row was answered. */
    public record Answer(SentPayment payment, boolean paid, String reason) {
    }

    /** The outcome: answers to apply, or the mismatches that refuse the file (then {@code answers} is empty). */
    public record Result(long paymentFileId, List<Answer> answers, List<String> mismatches) {

        public boolean reconciles() {
            return mismatches.isEmpty();
        }

        public long paid() {
            return answers.stream().filter(Answer::paid).count();
        }

        public long failed() {
            return answers.size() - paid();
        }

        public Money total() {
            return answers.stream().map(answer -> answer.payment().amount()).reduce(Money.ZERO, Money::plus);
        }
    }

    private PaymentReconciliation() {
    }

    /**
     * @param awaiting the payments awaiting an answer whose reference the return file names, by reference (a
     *                 reference is a claim or grant number, and at most one of its rows awaits an answer)
     * @param files    the payment files those payments belong to, by id
     */
    public static Result of(BankReturn bankReturn, Map<String, SentPayment> awaiting, Map<Long, SentFile> files) {
        List<String> mismatches = new ArrayList<>(bankReturn.unreadable());
        if (bankReturn.trailerRows() != null && (bankReturn.trailerRows() != bankReturn.lines().size()
                || !bankReturn.trailerTotal().equals(bankReturn.total()))) {
            mismatches.add("合计行为 " + bankReturn.trailerRows() + " 笔 " + bankReturn.trailerTotal().toPlainString()
                    + " 元，明细为 " + bankReturn.lines().size() + " 笔 " + bankReturn.total().toPlainString() + " 元");
        }
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Long> answeredFiles = new TreeSet<>();
        for (BankReturn.Line line : bankReturn.lines()) {
            String where = "第" + line.lineNumber() + "行 " + line.reference() + "：";
            SentPayment payment = awaiting.get(line.reference());
            if (!seen.add(line.reference())) {
                mismatches.add(where + "业务编号重复");
            } else if (payment == null) {
                mismatches.add(where + "没有待银行回盘的这笔付款（业务编号未知或已回盘）");
            } else if (!payment.amount().equals(line.amount())) {
                mismatches.add(where + "金额 " + line.amount().toPlainString() + " 与付款文件中的 "
                        + payment.amount().toPlainString() + " 不符");
            } else {
                answers.add(new Answer(payment, line.paid(), line.reason()));
                answeredFiles.add(payment.paymentFileId());
            }
        }
        if (answeredFiles.size() > 1) {
            mismatches.add("回盘文件涉及多个付款文件 " + answeredFiles + "，一个回盘文件只能对应一个付款文件");
        }
        long fileId = answeredFiles.isEmpty() ? 0 : answeredFiles.iterator().next();
        Optional.ofNullable(files.get(fileId)).filter(file -> answeredFiles.size() == 1).ifPresent(file -> {
            if (file.rowCount() != bankReturn.lines().size() || !file.total().equals(bankReturn.total())) {
                mismatches.add("付款文件 " + file.paymentFileId() + " 共 " + file.rowCount() + " 笔 "
                        + file.total().toPlainString() + " 元，回盘文件为 " + bankReturn.lines().size() + " 笔 "
                        + bankReturn.total().toPlainString() + " 元");
            }
        });
        if (bankReturn.lines().isEmpty() && bankReturn.unreadable().isEmpty()) {
            mismatches.add("回盘文件没有明细行");
        }
        return new Result(fileId, mismatches.isEmpty() ? List.copyOf(answers) : List.of(), List.copyOf(mismatches));
    }
}
