package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.Recipients;
import org.huzhu.domain.model.plan.PlanCode;
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
                rs -> MobilePhone.parse(rs.getString(1)), memberId);
    }

    @Override
    public Map<Long, PaidMember> paidByRows(Collection<Long> paymentRowIds) {
        if (paymentRowIds.isEmpty()) {
            return Map.of();
        }
        return sql().list(PAID_BY_ROWS,
                rs -> Map.entry(rs.getLong(1), new PaidMember(MobilePhone.parse(rs.getString(2)),
                        PlanCode.valueOf(rs.getString(3)).chineseName(), Notice.cardTail(rs.getString(4)))),
                (Object) paymentRowIds.toArray(Long[]::new))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
