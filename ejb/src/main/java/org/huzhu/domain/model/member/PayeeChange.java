package org.huzhu.domain.model.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.shared.RuleConflict;

/**
 * A change to whom a member is paid that waits for a second person (SPEC.md §1, §4): a new payee ({@link Kind#PAYEE})
 * while money is on its way to the member, or a move to another unit ({@link Kind#UNIT}) that a unit's roster asked
 * for. Reviewer or finance confirms or refuses it, never the one who asked; until it is confirmed the member record,
 * and so every payment file, keeps the payee it had.
 */
@Entity
@Table(name = "payee_change")
public class PayeeChange {

    /**
     * Claims that hold money for the member before a payout exists. With every payout above 0 that no payment row has
     * PAID, they make the money "on its way": then a payee change waits for a second person.
     */
    public static final Set<ClaimStatus> CLAIMS_AWAITING_PAYOUT = EnumSet.of(ClaimStatus.APPROVED);

    /** The status of a payment row (V10) whose money the bank paid: a payout with such a row is no longer on its way. */
    public static final String PAYMENT_ROW_PAID = "PAID";

    public enum Kind { PAYEE, UNIT }

    /** How a new payee takes effect. */
    public enum Route {
        /** Nothing to change. */
        UNCHANGED,
        /** No money is on its way to the member: the payee changes now, audited. */
        AT_ONCE,
        /** Money is on its way: a pending request that a second person confirms or refuses. */
        SECOND_PERSON
    }

    public enum Status { PENDING, CONFIRMED, REFUSED }

    /** Where the request came from: a clerk's correction of the card, or a roster import. */
    public enum Source { CLERK, ROSTER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "payee_name", updatable = false)
    private String payeeName;

    @Column(name = "bank_card", updatable = false)
    private String bankCard;

    @Column(name = "bank_name", updatable = false)
    private String bankName;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    protected PayeeChange() {
    }

    private PayeeChange(Long memberId, Kind kind, Source source, String requestedBy, Instant at) {
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.kind = kind;
        this.source = source;
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = at;
        this.status = Status.PENDING;
    }

    public static Route route(Payee current, Payee requested, boolean moneyOnItsWay) {
        if (current.equals(requested)) {
            return Route.UNCHANGED;
        }
        return moneyOnItsWay ? Route.SECOND_PERSON : Route.AT_ONCE;
    }

    public static PayeeChange ofPayee(Long memberId, Payee requested, Source source, String requestedBy, Instant at) {
        PayeeChange change = new PayeeChange(memberId, Kind.PAYEE, source, requestedBy, at);
        change.payeeName = requested.name();
        change.bankCard = requested.bankCard();
        change.bankName = requested.bankName();
        return change;
    }

    /** The second person's yes: the caller writes {@link #requestedPayee()} or the unit to the member. */
    public void confirm(String decider, Instant at, String why) {
        decide(decider, at, why, Status.CONFIRMED);
    }

    /** The second person's no: the member keeps the payee they have. */
    public void refuse(String decider, Instant at, String why) {
        decide(decider, at, why, Status.REFUSED);
    }

    private void decide(String decider, Instant at, String why, Status decision) {
        if (status != Status.PENDING) {
            throw new RuleConflict("wrong-state", "该变更已处理（" + status + "），不能再" + label(decision),
                    "change " + id + " is " + status + " already");
        }
        if (decider.equals(requestedBy)) {
            throw new RuleConflict("four-eyes", "不能" + label(decision) + "自己提出的收款信息变更",
                    "the change must be " + decision.name().toLowerCase() + " by someone other than who requested it");
        }
        this.status = decision;
        this.decidedBy = decider;
        this.decidedAt = at;
        this.reason = why;
    }

    private static String label(Status decision) {
        return decision == Status.CONFIRMED ? "确认" : "驳回";
    }

    public Long id() {
        return id;
    }

    public Long memberId() {
        return memberId;
    }

    public Kind kind() {
        return kind;
    }

    /** The payee asked for; null for a unit move. */
    public Payee requestedPayee() {
        return kind == Kind.PAYEE ? new Payee(payeeName, bankCard, bankName) : null;
    }

    /** The unit asked for; null for a payee change. */
    public Long unitId() {
        return unitId;
    }

    public Source source() {
        return source;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    /** Masked, as everything that may reach a log. */
    @Override
    public String toString() {
        return "PayeeChange[" + id + " " + kind + " " + status + " member " + memberId
                + (kind == Kind.PAYEE ? " " + requestedPayee().masked() : " unit " + unitId) + "]";
    }
}
