package org.huzhu.interfaces.finance.batch;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.payout.BankReturn;
import org.huzhu.domain.model.payout.BankReturnFormat;
import org.huzhu.domain.model.payout.PaymentReconciliation.Answer;
import org.huzhu.domain.model.payout.PaymentReconciliation.SentFile;
import org.huzhu.domain.model.payout.PaymentReconciliation.SentPayment;
import org.huzhu.domain.model.payout.PaymentReconciliation;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.persistence.DataSources;

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
    private static final Logger LOG = Logger.getLogger(PaymentReturnImporter.class.getName());

    @Inject
    @BatchProperty(name = JobParameters.FILE_ID)
    String fileId;

    @Inject
    JobContext jobContext;

    // Outside JTA: the whole import is one local transaction of its own, committed only when everything reconciles.
    @Resource(lookup = DataSources.HUZHU_STREAMING)
    DataSource dataSource;

    @Override
    public String process() throws SQLException {
        long id = Long.parseLong(fileId);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                String exitStatus = importFile(connection, id);
                connection.commit();
                jobContext.setExitStatus(exitStatus);
                LOG.info(() -> "return file " + id + ": " + exitStatus);
                return "COMPLETED";
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private String importFile(Connection connection, long id) throws SQLException {
        byte[] content;
        String sha256;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content, sha256 FROM return_file WHERE id = ? FOR UPDATE")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("there is no uploaded return file " + id);
                }
                content = rs.getBytes(1);
                sha256 = rs.getString(2);
            }
        }
        Optional<Long> imported = importedAs(connection, sha256);
        if (imported.isPresent()) {
            String message = "DUPLICATE 该回盘文件（SHA-256 " + sha256.substring(0, 12) + "…）已于回盘文件 "
                    + imported.get() + " 导入，本次未作任何更改";
            if (imported.get() != id) {
                record(connection, id, "DUPLICATE", JSON.createObjectBuilder().add("message", message)
                        .add("importedAs", imported.get()));
            }
            return message;
        }
        BankReturn bankReturn = BankReturnFormat.read(content);
        Map<String, SentPayment> awaiting = new HashMap<>();
        Map<Long, Long> claimOfRow = new HashMap<>();
        Map<Long, SentFile> files = new HashMap<>();
        loadAwaiting(connection, bankReturn, awaiting, claimOfRow, files);
        PaymentReconciliation.Result result = PaymentReconciliation.of(bankReturn, awaiting, files);
        if (!result.reconciles()) {
            JsonArrayBuilder mismatches = JSON.createArrayBuilder();
            result.mismatches().forEach(mismatches::add);
            record(connection, id, "REFUSED", JSON.createObjectBuilder().add("rows", bankReturn.lines().size())
                    .add("mismatches", mismatches));
            return "REFUSED mismatches=" + result.mismatches().size();
        }
        apply(connection, id, result, claimOfRow);
        record(connection, id, "IMPORTED", JSON.createObjectBuilder().add("rows", result.answers().size())
                .add("paid", result.paid()).add("failed", result.failed())
                .add("total", result.total().toPlainString())
                .add("paymentFileId", result.paymentFileId()).add("mismatches", JSON.createArrayBuilder()));
        return "IMPORTED paymentFile=" + result.paymentFileId() + " rows=" + result.answers().size() + " paid="
                + result.paid() + " failed=" + result.failed() + " total=" + result.total().toPlainString();
    }

    private static Optional<Long> importedAs(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM return_file WHERE sha256 = ? AND outcome = 'IMPORTED'")) {
            select.setString(1, sha256);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The rows awaiting the bank that the file names, locked until the import commits, and their files. */
    private static void loadAwaiting(Connection connection, BankReturn bankReturn, Map<String, SentPayment> awaiting,
            Map<Long, Long> claimOfRow, Map<Long, SentFile> files) throws SQLException {
        Array references = connection.createArrayOf("varchar",
                bankReturn.lines().stream().map(BankReturn.Line::reference).distinct().toArray());
        try (PreparedStatement rows = connection.prepareStatement("""
                SELECT r.id, r.payment_file_id, r.reference, r.amount, p.claim_id
                FROM payment_row r JOIN payout p ON p.id = r.payout_id
                WHERE r.status = 'SENT' AND r.reference = ANY (?) FOR UPDATE OF r""");
             PreparedStatement file = connection.prepareStatement(
                     "SELECT row_count, total FROM payment_file WHERE id = ?")) {
            rows.setArray(1, references);
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    SentPayment payment = new SentPayment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            Money.of(rs.getBigDecimal(4)));
                    awaiting.put(payment.reference(), payment);
                    long claimId = rs.getLong(5);
                    if (!rs.wasNull()) {
                        claimOfRow.put(payment.rowId(), claimId);
                    }
                }
            }
            for (SentPayment payment : awaiting.values()) {
                if (!files.containsKey(payment.paymentFileId())) {
                    file.setLong(1, payment.paymentFileId());
                    try (ResultSet rs = file.executeQuery()) {
                        rs.next();
                        files.put(payment.paymentFileId(), new SentFile(payment.paymentFileId(), rs.getInt(1),
                                Money.of(rs.getBigDecimal(2))));
                    }
                }
            }
        }
    }

    /** Rows answered, claims SETTLED → PAID or PAYMENT_FAILED, each audited: three batches, one transaction. */
    private static void apply(Connection connection, long returnFileId, PaymentReconciliation.Result result,
            Map<Long, Long> claimOfRow) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(
                "UPDATE payment_row SET status = ?, bank_reason = ?, return_file_id = ? WHERE id = ? AND status = 'SENT'");
             PreparedStatement claims = connection.prepareStatement(
                     "UPDATE claim SET status = ?, row_version = row_version + 1 WHERE id = ? AND status = 'SETTLED'");
             PreparedStatement audit = connection.prepareStatement("""
                     INSERT INTO audit_log (actor, entity_type, entity_ref, action, from_status, to_status, reason)
                     VALUES (?, 'CLAIM', ?, 'PAYMENT_RETURN', 'SETTLED', ?, ?)""")) {
            int claimCount = 0;
            for (Answer answer : result.answers()) {
                rows.setString(1, answer.paid() ? "PAID" : "FAILED");
                rows.setString(2, answer.paid() ? null : answer.reason());
                rows.setLong(3, returnFileId);
                rows.setLong(4, answer.payment().rowId());
                rows.addBatch();
                Long claimId = claimOfRow.get(answer.payment().rowId());
                if (claimId != null) {
                    String status = answer.paid() ? "PAID" : "PAYMENT_FAILED";
                    claims.setString(1, status);
                    claims.setLong(2, claimId);
                    claims.addBatch();
                    audit.setString(1, ACTOR);
                    audit.setString(2, answer.payment().reference());
                    audit.setString(3, status);
                    audit.setString(4, answer.paid() ? "银行回盘：支付成功" : "银行回盘：支付失败，" + answer.reason());
                    audit.addBatch();
                    claimCount++;
                }
            }
            rows.executeBatch();
            int[] updated = claims.executeBatch();
            for (int count : updated) {
                if (count != 1) {
                    throw new IllegalStateException("a claim answered by the return file is no longer SETTLED");
                }
            }
            if (updated.length != claimCount) {
                throw new IllegalStateException("claims updated " + updated.length + " of " + claimCount);
            }
            audit.executeBatch();
        }
    }

    private void record(Connection connection, long id, String outcome, JsonObjectBuilder detail) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE return_file SET outcome = ?, outcome_detail = ?::jsonb, job_execution_id = ?, imported_at = now()
                WHERE id = ?""")) {
            update.setString(1, outcome);
            update.setString(2, detail.build().toString());
            update.setLong(3, jobContext.getExecutionId());
            update.setLong(4, id);
            update.executeUpdate();
        }
    }
}
