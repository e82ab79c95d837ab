package org.huzhu.application;

import java.time.Instant;
import java.util.List;
import org.huzhu.domain.model.member.PayeeChange;
import org.huzhu.domain.model.shared.BankCard;

/**
 * Changes to whom a member is paid, under four eyes (SPEC.md §1, §4): at once while no money is on its way to the
 * member, else a request that reviewer or finance, never the requester, confirms before any payment file uses it. Every
 * change is in the audit trail as before → after, masked.
 */
public interface PayeeChanges {

    /** What became of a new payee: {@code APPLIED} now, {@code PENDING} as request {@code changeId}, or {@code UNCHANGED}. */
    record Outcome(String status, Long changeId, String maskedCard) {
    }

    /**
     * A request as the reviewer's list shows it, masked: the payee (or unit) on record now, the one asked for.
     *
     * @param current   the payee on record, or the unit code for a move
     * @param requested the payee asked for, or the unit code for a move
     */
    record ChangeView(long id, String kind, String memberNo, String memberName, String current, String requested,
                      String source, String requestedBy, Instant requestedAt, String status, String decidedBy,
                      Instant decidedAt, String reason) {
    }

    /**
     * A clerk corrects a member's bank card (the bank refused a payment to it, or the member changed banks).
     *
     * @throws NotFound if there is no such member
     * @throws Conflict {@code payee-change-pending} when a different change of the member awaits a decision
     */
    Outcome changeBankCard(String memberNo, BankCard card, String bankName, String clerk);

    /** Newest first, at most {@code limit}. */
    List<ChangeView> list(PayeeChange.Status status, int limit);

    /**
     * @throws NotFound if there is no such request
     * @throws Conflict {@code four-eyes} for the requester, {@code wrong-state} for a request decided already
     */
    ChangeView confirm(long changeId, String reason, String decider);

    /** As {@link #confirm}, and the member keeps their payee or unit. */
    ChangeView refuse(long changeId, String reason, String decider);
}
