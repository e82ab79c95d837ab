package org.huzhu.domain.model.grant;

import java.util.Objects;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.shared.Money;

/**
 * The member's figures a grant was decided from, as the run saw them (later settlements and hardship files change
 * them), kept with the grant's payout so that its letter shows the calculation that was made.
 *
 * @param selfPaid         policy self-paid + out-of-policy of the year's INPATIENT and ACCIDENT-medical claims
 * @param mutualAidPaid    the payouts on those claims
 * @param hardship         the hardship file valid on the run date
 * @param grantsPaidBefore hardship grants of the year paid by earlier runs
 */
public record GrantBasis(Money selfPaid, Money mutualAidPaid, HardshipLevel hardship, Money grantsPaidBefore) {

    public GrantBasis {
        Objects.requireNonNull(selfPaid, "selfPaid");
        Objects.requireNonNull(mutualAidPaid, "mutualAidPaid");
        Objects.requireNonNull(hardship, "hardship");
        Objects.requireNonNull(grantsPaidBefore, "grantsPaidBefore");
    }

    /** What the run saw of a candidate. */
    public static GrantBasis of(GrantCandidate member) {
        return new GrantBasis(member.selfPaid(), member.mutualAidPaid(), member.hardship(), member.grantsPaidThisYear());
    }

    /** B: what the member still bore after mutual aid. */
    public Money burden() {
        return selfPaid.minus(mutualAidPaid);
    }
}
