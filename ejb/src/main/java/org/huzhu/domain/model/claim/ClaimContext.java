package org.huzhu.domain.model.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.plan.PlanTerms;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.ClaimNumber;
import org.huzhu.domain.model.shared.CoveragePeriod;
import org.huzhu.domain.model.shared.Gender;

/**
 * What the database knows that the claim rules need, gathered by the intake service before it
 * calls {@link ClaimRuleSet}. Claims that are REJECTED or DECLINED, and the claim being
 * corrected itself, are left out of {@code invoiceNumbersInUse} and {@code otherStays}.
 *
 * @param claimant            the member, or {@code null} when the member number is unknown
 * @param terms               the version of the claimed plan
 * @param invoiceNumbersInUse invoice numbers of other claims, whoever's
 * @param otherStays          hospital stays of the member's other claims
 * @param today               the date of submission in Asia/Shanghai
 */
public record ClaimContext(
        Claimant claimant,
        PlanTerms terms,
        Set<String> invoiceNumbersInUse,
        List<OtherClaimStay> otherStays,
        LocalDate today) {

    public ClaimContext {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(today, "today");
        invoiceNumbersInUse = Set.copyOf(invoiceNumbersInUse);
        otherStays = List.copyOf(otherStays);
    }

    /**
     * @param bankCard          the card on record as stored, or {@code null}; checked by V13
     * @param enrolmentsInPlan  the member's enrolments in the claimed plan
     */
    public record Claimant(Gender gender, String bankCard, List<EnrolmentInPlan> enrolmentsInPlan) {

        public Claimant {
            Objects.requireNonNull(gender, "gender");
            enrolmentsInPlan = List.copyOf(enrolmentsInPlan);
        }

        /** The card masked as SPEC.md §2 wants it in logs: {@code **** 1234}. */
        @Override
        public String toString() {
            String card = bankCard == null ? null : BankCard.mask(bankCard);
            return "Claimant[gender=" + gender + ", bankCard=" + card + ", enrolmentsInPlan=" + enrolmentsInPlan + "]";
        }
    }

    /**
     * One of the member's enrolments in the claimed plan.
     *
     * @param chainStart               start of the first enrolment of its renewal chain; its own start when it is no renewal
     * @param benefitApprovedOrSettled a CRITICAL or FEMALE benefit has been approved or settled on it
     * @param ended                    a FEMALE enrolment that ended with its payout
     */
    public record EnrolmentInPlan(long id, CoveragePeriod coverage, int shares, boolean renewal, LocalDate chainStart,
                                  boolean benefitApprovedOrSettled, boolean ended) {

        public EnrolmentInPlan {
            Objects.requireNonNull(coverage, "coverage");
            Objects.requireNonNull(chainStart, "chainStart");
            if (chainStart.isAfter(coverage.start())) {
                throw new IllegalArgumentException("renewal chain starts " + chainStart + " after its enrolment " + coverage);
            }
        }
    }

    /** The hospital stay of another claim of the same member. */
    public record OtherClaimStay(ClaimNumber claimNumber, HospitalStay stay) {

        public OtherClaimStay {
            Objects.requireNonNull(claimNumber, "claimNumber");
            Objects.requireNonNull(stay, "stay");
        }
    }

    public boolean memberKnown() {
        return claimant != null;
    }

    /** The enrolment in the plan that covers {@code date}; there is at most one, as enrolments never overlap. */
    public Optional<EnrolmentInPlan> enrolmentCovering(LocalDate date) {
        return claimant == null ? Optional.empty()
                : claimant.enrolmentsInPlan().stream().filter(e -> e.coverage().covers(date)).findFirst();
    }
}
