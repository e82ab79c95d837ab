package org.huzhu.infrastructure.persistence;

import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.member.PayeeChange;

/**
 * The SQL that payee changes share between the members' repository (a clerk's correction, a reviewer's decision) and
 * the roster import's bulk writes: one definition of "money on its way", one of a request.
 */
public final class PayeeChangeStatements {

    /**
     * A condition on the member aliased {@code m}: a claim of theirs awaits its payout, or a payout above 0 to them has
     * no paid payment row yet (SETTLED, sent, failed or re-queued). Its two parameters, the claim statuses and the
     * paid row's status, are {@link #moneyOnItsWayValues()}.
     */
    public static final String MONEY_ON_ITS_WAY = """
            (EXISTS (SELECT 1 FROM claim c WHERE c.member_id = m.id AND c.status = ANY (?))
             OR EXISTS (SELECT 1 FROM payout p WHERE p.member_id = m.id AND p.payable > 0
                        AND NOT EXISTS (SELECT 1 FROM payment_row r WHERE r.payout_id = p.id AND r.status = ?)))""";

    /**
     * A pending request: member id, kind, payee name, card, bank name, unit id, source, roster run, roster row,
     * requested by. A member has one pending request of a kind at most; a second one is not made, and then no id is
     * returned. ({@code 'PENDING'} stays a literal: it names the predicate of V12's partial unique index, which
     * {@code ON CONFLICT} must repeat to find it.)
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

    /** The values of {@link #MONEY_ON_ITS_WAY}'s parameters, in their order, from the rule's owner. */
    public static Object[] moneyOnItsWayValues() {
        return new Object[] {PayeeChange.CLAIMS_AWAITING_PAYOUT.stream().map(ClaimStatus::name).toArray(String[]::new),
                PayeeChange.PAYMENT_ROW_PAID};
    }
}
