package org.huzhu.interfaces.finance.batch;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimTransition;
import org.huzhu.domain.model.claim.ClaimTransitions;
import org.huzhu.domain.model.notice.MemberNotices;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.Outbox;
import org.huzhu.domain.model.notice.Recipients;
import org.huzhu.domain.model.payout.AwaitingPayments;
import org.huzhu.domain.model.payout.BankReturn;
import org.huzhu.domain.model.payout.BankReturnFormat;
import org.huzhu.domain.model.payout.PaymentFileRepository;
import org.huzhu.domain.model.payout.PaymentReconciliation.Answer;
import org.huzhu.domain.model.payout.PaymentReconciliation;
import org.huzhu.domain.model.payout.ReturnFileRepository;
import org.huzhu.domain.model.payout.ReturnOutcome;

/**
 * Imports a bank return file (SPEC.md §6, job {@code payment-return-import}): reconciles it with
 * {@link PaymentReconciliation} and, only if everything reconciles, applies every answer in one transaction.
 * <p>
 * A batchlet rather than a chunk step, because the file is all or nothing: a chunk would commit part of a file that
 * a later line refuses. A return file answers one payment file, so it is small. The exit status is
 * {@code IMPORTED ...}, {@code REFUSED mismatches=N} or {@code DUPLICATE ...}; the outcome and the mismatches are
 * kept with the uploaded file for the console. A refusal is a COMPLETED execution: restarting it would only refuse
 * again, the file itself must change.
 */
@Named("PaymentReturnImporter")
@Dependent
public class PaymentReturnImporter extends AbstractBatchlet {

    static final String ACTOR = "system:payment-return-import";
    /** The audit trail's name of the step that records the bank's answer for a claim. */
    static final String PAYMENT_RETURN = "PAYMENT_RETURN";
    private static final Logger LOG = Logger.getLogger(PaymentReturnImporter.class.getName());

    @Inject
    @BatchProperty(name = JobParameters.FILE_ID)
    String fileId;

    @Inject
    JobContext jobContext;

    // A batchlet runs outside any transaction: the whole import is one of its own, committed only when it
    // completes (a refusal is recorded and committed too).
    @Inject
    UserTransaction transaction;

    @Inject
    ReturnFileRepository returnFiles;

    @Inject
    PaymentFileRepository paymentFiles;

    @Inject
    ClaimTransitions claimTransitions;

    @Inject
    Recipients recipients;

    @Inject
    Outbox outbox;

    @Override
    public String process() throws Exception {
        long id = Long.parseLong(fileId);
        transaction.begin();
        try {
            String exitStatus = importFile(id);
            transaction.commit();
            jobContext.setExitStatus(exitStatus);
            LOG.info(() -> "return file " + id + ": " + exitStatus);
            return "COMPLETED";
        } catch (Exception e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    private String importFile(long id) {
        ReturnFileRepository.Content content = returnFiles.lockForImport(id)
                .orElseThrow(() -> new IllegalArgumentException("there is no uploaded return file " + id));
        String sha256 = content.sha256();
        Optional<Long> imported = returnFiles.importedAs(sha256);
        if (imported.isPresent()) {
            String message = "DUPLICATE 该回盘文件（SHA-256 " + sha256.substring(0, 12) + "…）已于回盘文件 "
                    + imported.get() + " 导入，本次未作任何更改";
            if (imported.get() != id) {
                record(id, ReturnOutcome.DUPLICATE, JSON.createObjectBuilder().add("message", message)
                        .add("importedAs", imported.get()));
            }
            return message;
        }
        BankReturn bankReturn = BankReturnFormat.read(content.bytes());
        AwaitingPayments awaiting = paymentFiles.awaiting(
                bankReturn.lines().stream().map(BankReturn.Line::reference).toList());
        PaymentReconciliation.Result result = PaymentReconciliation.of(bankReturn, awaiting.byReference(),
                awaiting.files());
        if (!result.reconciles()) {
            JsonArrayBuilder mismatches = JSON.createArrayBuilder();
            result.mismatches().forEach(mismatches::add);
            record(id, ReturnOutcome.REFUSED, JSON.createObjectBuilder().add("rows", bankReturn.lines().size())
                    .add("mismatches", mismatches));
            return "REFUSED mismatches=" + result.mismatches().size();
        }
        apply(id, result, awaiting);
        record(id, ReturnOutcome.IMPORTED, JSON.createObjectBuilder().add("rows", result.answers().size())
                .add("paid", result.paid()).add("failed", result.failed())
                .add("total", result.total().toPlainString())
                .add("paymentFileId", result.paymentFileId()).add("mismatches", JSON.createArrayBuilder()));
        return "IMPORTED paymentFile=" + result.paymentFileId() + " rows=" + result.answers().size() + " paid="
                + result.paid() + " failed=" + result.failed() + " total=" + result.total().toPlainString();
    }

    /** Rows answered, claims SETTLED → PAID or PAYMENT_FAILED, each audited. */
    private void apply(long returnFileId, PaymentReconciliation.Result result, AwaitingPayments awaiting) {
        paymentFiles.answer(returnFileId, result.answers());
        List<ClaimTransition> transitions = new ArrayList<>();
        for (Answer answer : result.answers()) {
            Long claimId = awaiting.claimOfRow().get(answer.payment().rowId());
            if (claimId != null) {
                transitions.add(new ClaimTransition(claimId, answer.payment().reference(), ClaimStatus.SETTLED,
                        answer.paid() ? ClaimStatus.PAID : ClaimStatus.PAYMENT_FAILED, PAYMENT_RETURN, ACTOR,
                        answer.paid() ? "银行回盘：支付成功" : "银行回盘：支付失败，" + answer.reason()));
            }
        }
        Set<Long> moved = claimTransitions.move(transitions);
        if (moved.size() != transitions.size()) {
            throw new IllegalStateException("a claim answered by the return file is no longer SETTLED");
        }        notifyPaidMembers(result.answers(), awaiting);
    }

    /** Each member whose claim the file answers, if they have a phone: paid, or not and why (one batch insert). */
    private void notifyPaidMembers(List<Answer> answers, AwaitingPayments awaiting) {
        List<Answer> claimAnswers = answers.stream()
                .filter(answer -> awaiting.claimOfRow().containsKey(answer.payment().rowId())).toList();
        Map<Long, Recipients.PaidMember> paidMembers = recipients.paidByRows(
                claimAnswers.stream().map(answer -> answer.payment().rowId()).toList());
        List<Notice> notices = new ArrayList<>();
        for (Answer answer : claimAnswers) {
            Recipients.PaidMember member = paidMembers.get(answer.payment().rowId());
            if (member != null) {
                notices.add(answer.paid()
                        ? MemberNotices.paid(member.phone(), member.subject(), answer.payment().amount(), member.cardTail())
                        : MemberNotices.paymentFailed(member.phone(), member.subject(), answer.payment().amount(),
                                member.cardTail(), answer.reason()));
            }
        }
        outbox.postAll(notices);
    }

    private void record(long id, ReturnOutcome outcome, JsonObjectBuilder detail) {
        returnFiles.recordOutcome(id, outcome, detail.build().toString(), jobContext.getExecutionId());
    }
}
