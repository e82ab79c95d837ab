package org.huzhu.infrastructure.persistence;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huzhu.domain.model.notice.DeliveryAttempt;
import org.huzhu.domain.model.notice.DueNotice;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.NoticeDeliveries;
import org.huzhu.domain.model.notice.NoticeKind;
import org.huzhu.domain.model.notice.NoticeStatus;
import org.huzhu.domain.model.notice.PostedNotice;
import org.huzhu.domain.model.shared.MobilePhone;

/**
 * The sender's side of table {@code outbox} (V14): claiming due notices ({@code FOR UPDATE SKIP LOCKED}, then a lease
 * in {@code next_attempt_at}) and recording each try in {@code outbox_attempt}.
 */
@ApplicationScoped
public class JdbcNoticeDeliveries extends SqlRepository implements NoticeDeliveries {

    /** What {@code outbox_attempt.detail} holds at most. */
    private static final int DETAIL_LENGTH = 300;

    JdbcNoticeDeliveries() {
        super("outbox delivery");
    }

    @Override
    public List<DueNotice> claimDue(int limit, Duration lease) {
        return sql().list("""
                UPDATE outbox o SET attempts = o.attempts + 1, next_attempt_at = now() + ?::interval
                  FROM (SELECT id FROM outbox WHERE status = ? AND next_attempt_at <= now()
                        ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) due
                 WHERE o.id = due.id
                RETURNING o.id, o.message_id, o.phone, o.kind, o.parameters::text, o.text, o.attempts""",
                JdbcNoticeDeliveries::dueNotice, lease.toSeconds() + " seconds", NoticeStatus.PENDING.name(), limit);
    }

    private static DueNotice dueNotice(ResultSet rs) throws SQLException {
        JsonObject stored = JSON.createReader(new StringReader(rs.getString(5))).readObject();
        Map<String, String> parameters = new LinkedHashMap<>();
        stored.forEach((name, value) -> parameters.put(name, ((JsonString) value).getString()));
        Notice notice = new Notice(MobilePhone.parse(rs.getString(3)), NoticeKind.valueOf(rs.getString(4)), parameters);
        return new DueNotice(rs.getLong(1), rs.getObject(2, UUID.class), notice, rs.getString(6), rs.getInt(7));
    }

    @Override
    public void record(List<DeliveryAttempt> attempts) {
        sql().batch("INSERT INTO outbox_attempt (outbox_id, attempt, outcome, detail) VALUES (?, ?, ?, ?)",
                attempts.stream().map(attempt -> new Object[] {attempt.notice().outboxId(), attempt.notice().attempt(),
                        attempt.outcome().name(), shortened(attempt.detail())}).toList());
        // Only a PENDING notice moves: one whose lease ran out may have been sent meanwhile by another sender.
        sql().batch("""
                UPDATE outbox SET status = ?, sent_at = CASE WHEN ? THEN now() END,
                       next_attempt_at = COALESCE(?, next_attempt_at)
                 WHERE id = ? AND status = ?""",
                attempts.stream().map(attempt -> new Object[] {statusAfter(attempt).name(),
                        attempt.outcome() == DeliveryAttempt.Outcome.SENT, attempt.nextAttemptAt(),
                        attempt.notice().outboxId(), NoticeStatus.PENDING.name()}).toList());
    }

    private static NoticeStatus statusAfter(DeliveryAttempt attempt) {
        return switch (attempt.outcome()) {
            case SENT -> NoticeStatus.SENT;
            case RETRY -> NoticeStatus.PENDING;
            case FAILED -> NoticeStatus.FAILED;
        };
    }

    private static String shortened(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    @Override
    public List<PostedNotice> postedTo(MobilePhone phone) {
        return sql().list("SELECT phone, text, created_at, status FROM outbox WHERE phone = ? ORDER BY created_at DESC, id DESC",
                rs -> new PostedNotice(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)),
                phone.number());
    }
}
