package org.huzhu.domain.model.grant;

import java.util.Objects;
import java.util.Set;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.shared.Money;

/**
 * A member as the grant run sees them, summed over the year's settled claims.
 *
 * @param selfPaid                 policy self-paid + out-of-policy of their INPATIENT and ACCIDENT-medical claims
 *                                 settled in the year
 * @param mutualAidPaid            the payouts on those claims
 * @param hardship                 the hardship file valid on the run date
 * @param grantsPaidThisYear       hardship grants (not condolences) already paid in the year
 * @param criticalOrFemaleSettled  whether a CRITICAL or FEMALE claim of theirs was settled in the year
 */
public record GrantCandidate(String memberNumber, Money selfPaid, Money mutualAidPaid, HardshipLevel hardship,
        Money grantsPaidThisYear, boolean condolencePaidThisYear, boolean criticalOrFemaleSettled) {

    /**
     * The claims whose self-paid costs make up a burden (SPEC.md §7): every claim of {@code BURDEN_PLAN}, and
     * ACCIDENT claims of {@code BURDEN_ACCIDENT_OUTCOME}.
     */
    public static final PlanCode BURDEN_PLAN = PlanCode.INPATIENT;
    public static final String BURDEN_ACCIDENT_OUTCOME = "MEDICAL";

    /** The plans whose settled claims put a member on the follow-up list and may bring a condolence. */
    public static final Set<PlanCode> CRITICAL_OR_FEMALE_PLANS = Set.of(PlanCode.CRITICAL, PlanCode.FEMALE);

    public GrantCandidate {
        Objects.requireNonNull(memberNumber, "memberNumber");
        Objects.requireNonNull(selfPaid, "selfPaid");
        Objects.requireNonNull(mutualAidPaid, "mutualAidPaid");
        Objects.requireNonNull(hardship, "hardship");
        Objects.requireNonNull(grantsPaidThisYear, "grantsPaidThisYear");
        if (mutualAidPaid.compareTo(selfPaid) > 0) {
            // Payouts never exceed the self-paid amounts they are paid on (SPEC.md §6).
            throw new IllegalArgumentException(
                    "member " + memberNumber + ": payouts " + mutualAidPaid + " above self-paid " + selfPaid);
        }
        if (mutualAidPaid.isNegative()) {
            throw new IllegalArgumentException("member " + memberNumber + ": negative payouts " + mutualAidPaid);
        }
        if (grantsPaidThisYear.isNegative() || !grantsPaidThisYear.equals(grantsPaidThisYear.roundedDownToYuan())) {
            throw new IllegalArgumentException(
                    "member " + memberNumber + ": grants are whole yuan ≥ 0, not " + grantsPaidThisYear);
        }
    }

    /** B: what the member still bears after mutual aid. */
    public Money burden() {
        return selfPaid.minus(mutualAidPaid);
    }
}
