package org.huzhu.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.payout.AwaitingPayments;
import org.huzhu.domain.model.payout.PaymentFile;
import org.huzhu.domain.model.payout.PaymentFileRepository;
import org.huzhu.domain.model.payout.PaymentReconciliation.Answer;
import org.huzhu.domain.model.payout.PaymentReconciliation.SentFile;
import org.huzhu.domain.model.payout.PaymentReconciliation.SentPayment;
import org.huzhu.domain.model.payout.PaymentRow;
import org.huzhu.domain.model.payout.PaymentRowStatus;
import org.huzhu.domain.model.payout.PayoutKind;
import org.huzhu.domain.model.shared.Money;

/**
 * Payment files in tables {@code payment_file} and {@code payment_row}. Storing and rendering a file run on the
 * streaming data source, outside JTA: storing is one local transaction of its own, rendering a cursor over the rows.
 */
@ApplicationScoped
public class JdbcPaymentFileRepository extends SqlRepository implements PaymentFileRepository {

    private static final String SELECT_FILES = """
            SELECT id, settlement_run, kind, file_name, row_count, total, sha256, created_at
            FROM payment_file WHERE %s ORDER BY id""";

    // Outside JTA: see the class comment.
    @Resource(lookup = DataSources.HUZHU_STREAMING)
    private DataSource streamingDataSource;

    JdbcPaymentFileRepository() {
        super("payment files");
    }

    @Override
    public long storeOnce(PayoutKind kind, long run, long jobExecutionId, String fileName) {
        try (Connection connection = streamingDataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long fileId = storeOnce(connection, kind, run, jobExecutionId, fileName);
                connection.commit();
                return fileId;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("storing the payment file " + fileName, e);
        }
    }

    private static long storeOnce(Connection connection, PayoutKind kind, long run, long jobExecutionId,
            String fileName) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO payment_file (kind, settlement_run, job_execution_id, file_name, row_count, total)
                VALUES (?, ?, ?, ?, 0, 0) ON CONFLICT (settlement_run, kind) DO NOTHING RETURNING id""")) {
            StatementValues.bind(insert, kind.name(), run, jobExecutionId, fileName);
            try (ResultSet inserted = insert.executeQuery()) {
                if (!inserted.next()) {
                    return existingFile(connection, kind, run);
                }
                long fileId = inserted.getLong(1);
                try (PreparedStatement rows = connection.prepareStatement("""
                        INSERT INTO payment_row (payment_file_id, sequence, payout_id, payee_name, bank_card, bank_name,
                                                 amount, purpose, reference)
                        SELECT ?, row_number() OVER (ORDER BY coalesce(c.claim_no, g.grant_no)), p.id, m.name,
                               m.bank_card, m.bank_name, p.payable, ?, coalesce(c.claim_no, g.grant_no)
                        FROM payout p JOIN member m ON m.id = p.member_id
                             LEFT JOIN claim c ON c.id = p.claim_id
                             LEFT JOIN hardship_grant g ON g.id = p.grant_id
                        WHERE p.kind = ? AND p.payable > 0
                          AND (p.settlement_run = ?
                               OR c.status = ?
                                  AND EXISTS (SELECT 1 FROM payment_row f WHERE f.payout_id = p.id AND f.status = ?)
                                  AND NOT EXISTS (SELECT 1 FROM payment_row l WHERE l.payout_id = p.id
                                                                                AND l.status <> ?))""");
                     PreparedStatement totals = connection.prepareStatement("""
                        UPDATE payment_file f SET row_count = r.count, total = r.total
                        FROM (SELECT count(*) AS count, coalesce(sum(amount), 0) AS total
                              FROM payment_row WHERE payment_file_id = ?) r
                        WHERE f.id = ?""")) {
                    StatementValues.bind(rows, fileId, kind.purpose(), kind.name(), run,
                            ClaimStatus.SETTLED.name(), PaymentRowStatus.FAILED.name(),
                            PaymentRowStatus.FAILED.name());
                    rows.executeUpdate();
                    StatementValues.bind(totals, fileId, fileId);
                    totals.executeUpdate();
                }
                return fileId;
            }
        }
    }

    private static long existingFile(Connection connection, PayoutKind kind, long run) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM payment_file WHERE settlement_run = ? AND kind = ?")) {
            StatementValues.bind(select, run, kind.name());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void forEachRow(long fileId, RowSink sink) throws IOException {
        try (Connection connection = streamingDataSource.getConnection()) {
            // PostgreSQL streams with a cursor only inside a transaction; this one only reads.
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT sequence, payee_name, bank_card, bank_name, amount, purpose, reference
                    FROM payment_row WHERE payment_file_id = ? ORDER BY sequence""")) {
                select.setFetchSize(1000);
                select.setLong(1, fileId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        sink.row(new PaymentRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Money.of(rs.getBigDecimal(5)), rs.getString(6), rs.getString(7)));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw failure("reading the rows of payment file " + fileId, e);
        }
    }

    @Override
    public void recordHash(long fileId, String sha256) {
        if (sql().update("UPDATE payment_file SET sha256 = ? WHERE id = ? AND (sha256 IS NULL OR sha256 = ?)",
                sha256, fileId, sha256) != 1) {
            throw new IllegalStateException("payment file " + fileId + " rendered again differs from the file "
                    + "first written: its rows changed");
        }
    }

    @Override
    public Optional<PaymentFile> find(long id) {
        return sql().one(SELECT_FILES.formatted("id = ?"), JdbcPaymentFileRepository::file, id);
    }

    @Override
    public List<PaymentFile> ofRun(long run) {
        return sql().list(SELECT_FILES.formatted("settlement_run = ?"), JdbcPaymentFileRepository::file, run);
    }

    private static PaymentFile file(ResultSet rs) throws SQLException {
        return new PaymentFile(rs.getLong(1), rs.getLong(2), PayoutKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getInt(5), Money.of(rs.getBigDecimal(6)), rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    @Override
    public AwaitingPayments awaiting(Collection<String> references) {
        Map<String, SentPayment> byReference = new HashMap<>();
        Map<Long, Long> claimOfRow = new HashMap<>();
        sql().list("""
                SELECT r.id, r.payment_file_id, r.reference, r.amount, p.claim_id
                FROM payment_row r JOIN payout p ON p.id = r.payout_id
                WHERE r.status = ? AND r.reference = ANY (?) FOR UPDATE OF r""", rs -> {
                    SentPayment payment = new SentPayment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            Money.of(rs.getBigDecimal(4)));
                    byReference.put(payment.reference(), payment);
                    long claimId = rs.getLong(5);
                    if (!rs.wasNull()) {
                        claimOfRow.put(payment.rowId(), claimId);
                    }
                    return payment;
                }, PaymentRowStatus.SENT.name(), references.stream().distinct().toArray(String[]::new));
        Map<Long, SentFile> files = new HashMap<>();
        for (SentPayment payment : byReference.values()) {
            files.computeIfAbsent(payment.paymentFileId(), fileId -> sql().one(
                    "SELECT row_count, total FROM payment_file WHERE id = ?",
                    rs -> new SentFile(fileId, rs.getInt(1), Money.of(rs.getBigDecimal(2))), fileId).orElseThrow());
        }
        return new AwaitingPayments(byReference, claimOfRow, files);
    }

    @Override
    public void answer(long returnFileId, List<Answer> answers) {
        sql().batch("UPDATE payment_row SET status = ?, bank_reason = ?, return_file_id = ? WHERE id = ? AND status = ?",
                answers.stream().map(answer -> new Object[] {PaymentRowStatus.answered(answer.paid()).name(),
                        answer.paid() ? null : answer.reason(), returnFileId, answer.payment().rowId(),
                        PaymentRowStatus.SENT.name()}).toList());
    }

    private static IllegalStateException failure(String doing, SQLException e) {
        return new IllegalStateException(doing + ": " + e.getMessage(), e);
    }
}
