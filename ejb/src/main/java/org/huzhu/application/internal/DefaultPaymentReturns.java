package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.application.Conflict;
import org.huzhu.application.NotFound;
import org.huzhu.application.PaymentReturns;
import org.huzhu.application.UploadedFiles.StoredFile;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.payout.PaymentRetry;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.infrastructure.persistence.DataSources;
import org.huzhu.infrastructure.persistence.UploadStore;
import org.huzhu.infrastructure.persistence.UploadTable;

@Stateless
public class DefaultPaymentReturns implements PaymentReturns {

    private static final Logger LOG = Logger.getLogger(DefaultPaymentReturns.class.getName());

    @Resource(lookup = DataSources.HUZHU)
    private DataSource dataSource;

    @Inject
    private UploadStore uploads;

    @Override
    public StoredFile store(String fileName, byte[] content, String uploadedBy) {
        return uploads.store(UploadTable.RETURN_FILE, fileName, content, uploadedBy);
    }

    @Override
    public Optional<ReturnFileView> find(long fileId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT id, file_name, size_bytes, sha256, uploaded_by, uploaded_at, outcome, outcome_detail::text,
                            job_execution_id
                     FROM return_file WHERE id = ?""")) {
            select.setLong(1, fileId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long execution = rs.getLong(9);
                return Optional.of(new ReturnFileView(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        rs.wasNull() ? null : execution));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading return file " + fileId, e);
        }
    }

    @Override
    public Requeued requeue(long payoutId, String actor) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT c.id, c.claim_no, c.status, m.bank_card, m.bank_name,
                            r.status, r.bank_card, r.bank_name
                     FROM payout p JOIN claim c ON c.id = p.claim_id JOIN member m ON m.id = p.member_id
                     LEFT JOIN LATERAL (SELECT status, bank_card, bank_name FROM payment_row
                                        WHERE payout_id = p.id ORDER BY id DESC LIMIT 1) r ON true
                     WHERE p.id = ? FOR UPDATE OF c""");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE claim SET status = 'SETTLED', row_version = row_version + 1 WHERE id = ? AND status = ?");
             PreparedStatement audit = connection.prepareStatement("""
                     INSERT INTO audit_log (actor, entity_type, entity_ref, action, from_status, to_status, reason)
                     VALUES (?, 'CLAIM', ?, 'REQUEUE', 'PAYMENT_FAILED', 'SETTLED', ?)""")) {
            select.setLong(1, payoutId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFound("没有编号为 " + payoutId + " 的理赔付款", "there is no claim payout " + payoutId);
                }
                long claimId = rs.getLong(1);
                String claimNo = rs.getString(2);
                ClaimStatus status = ClaimStatus.valueOf(rs.getString(3));
                String card = rs.getString(4);
                Optional<PaymentRetry.Refusal> refusal = PaymentRetry.refusal(status, rs.getString(6),
                        rs.getString(7), rs.getString(8), card, rs.getString(5));
                if (refusal.isPresent()) {
                    throw new Conflict(refusal.get().type(), refusal.get().messageZh(), refusal.get().messageEn());
                }
                String masked = BankCard.mask(card);
                update.setLong(1, claimId);
                update.setString(2, status.name());
                update.executeUpdate();
                audit.setString(1, actor);
                audit.setString(2, claimNo);
                audit.setString(3, "银行卡已更正为 " + masked + "，进入下一次付款文件");
                audit.executeUpdate();
                LOG.info(() -> "payout " + payoutId + " of claim " + claimNo + " re-queued by " + actor);
                return new Requeued(payoutId, claimNo, masked);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("re-queueing payout " + payoutId, e);
        }
    }
}
