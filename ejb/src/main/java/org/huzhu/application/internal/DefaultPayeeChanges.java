package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.huzhu.application.Conflict;
import org.huzhu.application.NotFound;
import org.huzhu.application.PayeeChanges;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.member.Member;
import org.huzhu.domain.model.member.MemberRepository;
import org.huzhu.domain.model.member.Payee;
import org.huzhu.domain.model.member.PayeeChange;
import org.huzhu.domain.model.member.PayeeChangeRepository;
import org.huzhu.domain.model.member.Unit;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.RuleConflict;
import org.huzhu.infrastructure.persistence.PayeeChangeStatements;

@Stateless
public class DefaultPayeeChanges implements PayeeChanges {

    private static final Logger LOG = Logger.getLogger(DefaultPayeeChanges.class.getName());

    @Inject
    private MemberRepository members;

    @Inject
    private PayeeChangeRepository changes;

    @Inject
    private AuditTrail auditTrail;

    @Override
    public Outcome changeBankCard(String memberNo, BankCard card, String bankName, String clerk) {
        // Locked: a second correction of the same member waits, and sees the first one's payee or request.
        Member member = members.byNumberLocked(memberNo)
                .orElseThrow(() -> new NotFound("会员 " + memberNo + " 不存在", "no member " + memberNo));
        Payee current = member.payee();
        Payee requested = current.updatedBy(null, card.number(), bankName);
        Instant now = Instant.now();
        switch (PayeeChange.route(current, requested, members.moneyOnItsWay(member))) {
            case UNCHANGED -> {
                return new Outcome("UNCHANGED", null, card.masked());
            }
            case AT_ONCE -> {
                member.changePayee(requested);
                auditTrail.record(new AuditEntry(now, clerk, "MEMBER", memberNo, PayeeChangeStatements.PAYEE_CHANGED,
                        null, null, Payee.change(current, requested)));
                return new Outcome("APPLIED", null, card.masked());
            }
            default -> {
                PayeeChange request = changes.pending(member.id(), PayeeChange.Kind.PAYEE)
                        .orElseGet(() -> request(member, requested, clerk, now));
                if (!requested.equals(request.requestedPayee())) {
                    throw new Conflict("payee-change-pending", "该会员已有一项收款信息变更（编号 " + request.id()
                            + "）待确认，请先确认或驳回", "change " + request.id() + " of this member awaits a decision first");
                }
                return new Outcome("PENDING", request.id(), card.masked());
            }
        }
    }

    private PayeeChange request(Member member, Payee requested, String clerk, Instant now) {
        PayeeChange request = PayeeChange.ofPayee(member.id(), requested, PayeeChange.Source.CLERK, clerk, now);
        changes.add(request);
        auditTrail.record(new AuditEntry(now, clerk, PayeeChangeStatements.AUDIT_ENTITY, String.valueOf(request.id()),
                "REQUEST", null, PayeeChange.Status.PENDING,
                member.memberNo() + "：" + Payee.change(member.payee(), requested)));
        LOG.info(() -> "payee change " + request.id() + " of member " + member.memberNo() + " awaits a second person");
        return request;
    }

    @Override
    public List<ChangeView> list(PayeeChange.Status status, int limit) {
        return changes.latest(status, limit).stream().map(this::view).toList();
    }

    @Override
    public ChangeView confirm(long changeId, String reason, String decider) {
        PayeeChange change = locked(changeId);
        Member member = members.lockedMember(change.memberId());
        Instant now = Instant.now();
        decide(() -> change.confirm(decider, now, reason));
        if (change.kind() == PayeeChange.Kind.PAYEE) {
            Payee before = member.payee();
            member.changePayee(change.requestedPayee());
            auditTrail.record(new AuditEntry(now, decider, "MEMBER", member.memberNo(),
                    PayeeChangeStatements.PAYEE_CHANGED, null, null, Payee.change(before, change.requestedPayee())
                            + "（变更 " + changeId + "，" + change.requestedBy() + " 提出）"));
        } else {
            Unit before = member.unit();
            Unit after = members.unit(change.unitId()).orElseThrow();
            member.moveTo(after);
            auditTrail.record(new AuditEntry(now, decider, "MEMBER", member.memberNo(),
                    PayeeChangeStatements.UNIT_MOVED, null, null, before.code() + " → " + after.code()
                            + "（变更 " + changeId + "，" + change.requestedBy() + " 提出）"));
        }
        audit(change, "CONFIRM", decider, now, reason);
        return view(change);
    }

    @Override
    public ChangeView refuse(long changeId, String reason, String decider) {
        PayeeChange change = locked(changeId);
        Instant now = Instant.now();
        decide(() -> change.refuse(decider, now, reason));
        audit(change, "REFUSE", decider, now, reason);
        return view(change);
    }

    private PayeeChange locked(long changeId) {
        return changes.locked(changeId)
                .orElseThrow(() -> new NotFound("收款信息变更 " + changeId + " 不存在", "no payee change " + changeId));
    }

    private static void decide(Runnable decision) {
        try {
            decision.run();
        } catch (RuleConflict e) {
            throw new Conflict(e);
        }
    }

    private void audit(PayeeChange change, String action, String decider, Instant at, String reason) {
        auditTrail.record(new AuditEntry(at, decider, PayeeChangeStatements.AUDIT_ENTITY, String.valueOf(change.id()),
                action, PayeeChange.Status.PENDING, change.status(), reason));
    }

    private ChangeView view(PayeeChange change) {
        Member member = members.member(change.memberId());
        boolean payee = change.kind() == PayeeChange.Kind.PAYEE;
        return new ChangeView(change.id(), change.kind().name(), member.memberNo(), member.name(),
                payee ? member.payee().masked() : member.unit().code(),
                payee ? change.requestedPayee().masked() : members.unit(change.unitId()).orElseThrow().code(),
                change.source().name(), change.requestedBy(), change.requestedAt(), change.status().name(),
                change.decidedBy(), change.decidedAt(), change.reason());
    }
}
