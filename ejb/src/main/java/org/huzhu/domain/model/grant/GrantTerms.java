package org.huzhu.domain.model.grant;

import org.huzhu.domain.model.member.HardshipLevel;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import org.huzhu.domain.model.shared.Money;

/** The numbers of SPEC.md §7, as parameters; {@link #defaults()} gives SPEC's values. */
public record GrantTerms(Money eligibleBurden, Money eligibleBurdenWithHardshipFile, BigDecimal deepRate,
        BigDecimal relativeRate, BigDecimal noFileRate, Money minimumGrant, Money maximumPerYear, Money condolence,
        Money followUpBurden) implements Serializable {

    public GrantTerms {
        Objects.requireNonNull(eligibleBurden, "eligibleBurden");
        Objects.requireNonNull(eligibleBurdenWithHardshipFile, "eligibleBurdenWithHardshipFile");
        Objects.requireNonNull(deepRate, "deepRate");
        Objects.requireNonNull(relativeRate, "relativeRate");
        Objects.requireNonNull(noFileRate, "noFileRate");
        Objects.requireNonNull(minimumGrant, "minimumGrant");
        Objects.requireNonNull(maximumPerYear, "maximumPerYear");
        Objects.requireNonNull(condolence, "condolence");
        Objects.requireNonNull(followUpBurden, "followUpBurden");
        if (minimumGrant.compareTo(maximumPerYear) > 0) {
            throw new IllegalArgumentException("minimum grant " + minimumGrant + " above the maximum " + maximumPerYear);
        }
    }

    public static GrantTerms defaults() {
        return new GrantTerms(Money.yuan(10_000), Money.yuan(2_000), new BigDecimal("0.30"), new BigDecimal("0.20"),
                new BigDecimal("0.10"), Money.yuan(500), Money.yuan(5_000), Money.yuan(1_000), Money.yuan(50_000));
    }

    public BigDecimal rate(HardshipLevel hardship) {
        return switch (hardship) {
            case DEEP -> deepRate;
            case RELATIVE -> relativeRate;
            case NONE -> noFileRate;
        };
    }

    /**
     * What an eligible member's grants of a year add up to: the rate of their hardship file times B, rounded down
     * to whole yuan, at least the minimum grant and at most the yearly maximum.
     */
    public Money grantOfTheYear(Money burden, HardshipLevel hardship) {
        return burden.times(rate(hardship)).roundedDownToYuan().max(minimumGrant).min(maximumPerYear);
    }

    public boolean isEligible(Money burden, HardshipLevel hardship) {
        Money threshold = hardship == HardshipLevel.NONE ? eligibleBurden : eligibleBurdenWithHardshipFile;
        return burden.compareTo(threshold) >= 0;
    }
}
