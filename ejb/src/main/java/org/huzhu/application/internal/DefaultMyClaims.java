package org.huzhu.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.huzhu.application.LetterQuery;
import org.huzhu.application.MyClaims;
import org.huzhu.application.PayoutQuery;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.claim.Claim;
import org.huzhu.domain.model.claim.ClaimRepository;
import org.huzhu.domain.model.claim.ClaimTimeline;
import org.huzhu.domain.model.claim.ClaimVersion;
import org.huzhu.domain.model.member.MemberRepository;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.LetterNumber;

/**
 * A member's claims with their timelines. A member has a handful of claims, so each one's history, payout and letter
 * are read one claim at a time, through the same reads as the claim page.
 */
@Stateless
public class DefaultMyClaims implements MyClaims {

    @Inject
    private ClaimRepository claims;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private MemberRepository members;

    @EJB
    private PayoutQuery payouts;

    @EJB
    private LetterQuery letters;

    @Override
    public List<MyClaim> claimsOf(String memberNo) {
        return claims.ofMember(memberNo).stream().map(this::mine).toList();
    }

    @Override
    public Optional<PayeeCard> payeeOf(String memberNo) {
        return members.byNumber(memberNo).map(member -> new PayeeCard(member.maskedBankCard(), member.bankName()));
    }

    private MyClaim mine(Claim claim) {
        Optional<String> payable = payouts.findByClaimNo(claim.claimNo()).map(PayoutQuery.PayoutView::payable);
        ClaimTimeline timeline = ClaimTimeline.of(new ClaimTimeline.Facts(claim.status(), claim.submittedAt(),
                claim.dueDate(), auditTrail.of(Claim.AUDIT_ENTITY, claim.claimNo()),
                claims.versions(claim).stream().map(ClaimVersion::violations).toList(), payable));
        return new MyClaim(claim.claimNo(), claim.planCode().name(), claim.status(), claim.submittedAt(),
                claim.dueDate(), claim.isOverdue(BusinessDate.today()), timeline.steps(), timeline.next().orElse(null),
                payable.orElse(null), letters.currentLetterAbout(claim.claimNo()).map(LetterNumber::value).orElse(null));
    }
}
