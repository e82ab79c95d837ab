package org.huzhu.infrastructure.persistence;

import java.util.stream.Collectors;
import org.huzhu.domain.model.member.PayeeChange;

/**
 * The SQL that payee changes share between the application (a clerk's correction, a reviewer's decision) and the
 * roster import, which writes on its chunk's connection: one definition of "money on its way", one of a request.
 */
public final class PayeeChangeStatements {

    /**
     * A condition on the member aliased {@code m}: a claim of theirs awaits its payout
     * ({@link PayeeChange#CLAIMS_AWAITING_PAYOUT}), or a payout above 0 to them has no PAID payment row yet (SETTLED,
     * sent, failed or re-queued). The statuses are the domain's constants, never input.
     */
    public static final String MONEY_ON_ITS_WAY = """
            (EXISTS (SELECT 1 FROM claim c WHERE c.member_id = m.id AND c.status IN (%s))
             OR EXISTS (SELECT 1 FROM payout p WHERE p.member_id = m.id AND p.payable > 0
                        AND NOT EXISTS (SELECT 1 FROM payment_row r WHERE r.payout_id = p.id AND r.status = 'PAID')))"""
            .formatted(PayeeChange.CLAIMS_AWAITING_PAYOUT.stream().map(status -> "'" + status.name() + "'")
                    .collect(Collectors.joining(", ")));

    /**
     * A pending request: member id, kind, payee name, card, bank name, unit id, source, roster run, roster row,
     * requested by. A member has one pending request of a kind at most; a second one is not made, and then no id is
     * returned.
     */
    public static final String INSERT_PENDING = """
            INSERT INTO payee_change (member_id, kind, payee_name, bank_card, bank_name, unit_id, source, roster_run,
                                      roster_row, requested_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (member_id, kind) WHERE status = 'PENDING' DO NOTHING RETURNING id""";

    /** Entity type of a request's own audit entries (REQUEST, CONFIRM, REFUSE); the member's get {@code MEMBER}. */
    public static final String AUDIT_ENTITY = "PAYEE_CHANGE";
    /** Action of the member's audit entry for a payee that changed: before → after, masked. */
    public static final String PAYEE_CHANGED = "PAYEE_CHANGE";
    /** Action of the member's audit entry for a confirmed move to another unit. */
    public static final String UNIT_MOVED = "UNIT_MOVE";

    private PayeeChangeStatements() {
    }
}
