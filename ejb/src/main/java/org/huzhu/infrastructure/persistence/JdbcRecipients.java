package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.Recipients;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.InvalidValueException;
import org.huzhu.domain.model.shared.MobilePhone;

/** Members' phones on record ({@code member.phone}), for the notices of their events. */
@ApplicationScoped
public class JdbcRecipients extends SqlRepository implements Recipients {

    /** A claim payment's row, its payout's plan and member: grant payouts have no plan and are left out. */
    private static final String PAID_BY_ROWS = """
            SELECT r.id, m.phone, p.plan_code, r.bank_card
              FROM payment_row r JOIN payout p ON p.id = r.payout_id JOIN member m ON m.id = p.member_id
             WHERE r.id = ANY (?) AND p.plan_code IS NOT NULL AND m.phone IS NOT NULL""";

    JdbcRecipients() {
        super("notice recipients");
    }

    @Override
    public Optional<MobilePhone> phoneOfMember(long memberId) {
        return sql().one("SELECT phone FROM member WHERE id = ? AND phone IS NOT NULL",
                rs -> rs.getString(1), memberId).flatMap(JdbcRecipients::reachable);
    }

    @Override
    public Map<Long, PaidMember> paidByRows(Collection<Long> paymentRowIds) {
        if (paymentRowIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PaidMember> paid = new HashMap<>();
        sql().list(PAID_BY_ROWS, rs -> {
            long rowId = rs.getLong(1);
            String plan = PlanCode.valueOf(rs.getString(3)).chineseName();
            String cardTail = Notice.cardTail(rs.getString(4));
            reachable(rs.getString(2)).ifPresent(phone -> paid.put(rowId, new PaidMember(phone, plan, cardTail)));
            return rowId;
        }, (Object) paymentRowIds.toArray(Long[]::new));
        return paid;
    }

    /**
     * The phone on record as a mobile number, or none: a number stored before the rule held, that is no mobile
     * number, reaches nobody, and must not fail the event that would notify its member.
     */
    private static Optional<MobilePhone> reachable(String phone) {
        try {
            return Optional.of(MobilePhone.parse(phone));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
