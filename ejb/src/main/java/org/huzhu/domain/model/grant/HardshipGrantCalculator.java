package org.huzhu.domain.model.grant;

import org.huzhu.domain.model.member.HardshipLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.domain.model.shared.Money;

/**
 * Decides a hardship grant run (SPEC.md §7): grants within a budget, condolences outside it, and the lists for
 * union staff. The result depends only on the candidates, never on their order.
 * <p>
 * <b>Grants already paid in the year.</b> A run may be monthly, and B sums the whole year, so a member's grant
 * in a run is a top-up: the year's grant (rate × B rounded down to whole yuan, at least ¥500, at most ¥5,000)
 * less what was already paid that year. A run never pays the same burden twice, and a member's grants of a year
 * never add up to more than the maximum.
 * <p>
 * <b>A top-up below ¥500</b> (for example ¥4,700 paid and ¥5,000 due) is paid as it is. The minimum makes a
 * member's grant of the year worth having, and the earlier grant already reached it; withholding the rest would
 * leave the member below what the rules give them, and paying ¥500 would break the yearly maximum. A member
 * whose year's grant is already paid in full gets nothing in this run.
 * <p>
 * <b>Grants apportioned to zero</b> by a small budget are left out: there is nothing to pay or to write a letter
 * about, and the member is still owed the grant in the next run of the year.
 */
public final class HardshipGrantCalculator {

    private static final Comparator<GrantCandidate> MEMBER_ORDER = Comparator.comparing(GrantCandidate::memberNumber);

    /** Who gets a left-over yuan first among equal remainders: larger B, then the smaller member number. */
    private static final Comparator<Entitlement> LEFT_OVER_TIE_ORDER = Comparator
            .comparing((Entitlement owed) -> owed.candidate().burden()).reversed()
            .thenComparing(owed -> owed.candidate().memberNumber());

    private final GrantTerms terms;

    public HardshipGrantCalculator(GrantTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * @param candidates every member with a claim settled in the year, each once
     * @param budget     for the grants of this run, in whole yuan
     */
    public GrantRunResult run(Collection<GrantCandidate> candidates, Money budget) {
        if (budget.isNegative() || !budget.equals(budget.roundedDownToYuan())) {
            throw new IllegalArgumentException("the budget is whole yuan ≥ 0, not " + budget);
        }
        List<GrantCandidate> members = candidates.stream().sorted(MEMBER_ORDER).toList();
        for (int i = 1; i < members.size(); i++) {
            if (members.get(i).memberNumber().equals(members.get(i - 1).memberNumber())) {
                throw new IllegalArgumentException("member " + members.get(i).memberNumber() + " given twice");
            }
        }
        List<Entitlement> owed = members.stream().map(this::owedInThisRun).flatMap(Optional::stream).toList();
        return new GrantRunResult(
                withinBudget(owed, budget.amount().longValueExact()),
                members.stream()
                        .filter(member -> member.criticalOrFemaleSettled() && !member.condolencePaidThisYear())
                        .map(member -> new Grant(member.memberNumber(), GrantKind.CONDOLENCE, member.burden(),
                                terms.condolence(), terms.condolence()))
                        .toList(),
                members.stream()
                        .filter(member -> member.criticalOrFemaleSettled()
                                || member.burden().compareTo(terms.followUpBurden()) >= 0)
                        .map(GrantCandidate::memberNumber)
                        .toList(),
                members.stream()
                        .filter(member -> member.hardship() == HardshipLevel.NONE
                                && terms.isEligible(member.burden(), HardshipLevel.NONE))
                        .map(GrantCandidate::memberNumber)
                        .toList());
    }

    private Optional<Entitlement> owedInThisRun(GrantCandidate member) {
        if (!terms.isEligible(member.burden(), member.hardship())) {
            return Optional.empty();
        }
        Money topUp = terms.grantOfTheYear(member.burden(), member.hardship()).minus(member.grantsPaidThisYear());
        return topUp.isPositive()
                ? Optional.of(new Entitlement(member, topUp.amount().longValueExact()))
                : Optional.empty();
    }

    /**
     * Scales the grants by budget ÷ total when they exceed the budget, rounds down to whole yuan and gives the
     * yuan left over one at a time to the largest remainders, so that they add up to the budget exactly.
     */
    private List<Grant> withinBudget(List<Entitlement> owed, long budget) {
        long total = owed.stream().mapToLong(Entitlement::yuan).sum();
        if (total <= budget) {
            return owed.stream().flatMap(entitlement -> entitlement.granted(entitlement.yuan()).stream()).toList();
        }
        List<Apportioned> shares = new ArrayList<>();
        long apportioned = 0;
        for (Entitlement entitlement : owed) {
            // yuan × budget / total, kept as a whole part and a remainder over total, so ties compare exactly
            long scaled = Math.multiplyExact(entitlement.yuan(), budget);
            shares.add(new Apportioned(entitlement, scaled / total, scaled % total));
            apportioned += scaled / total;
        }
        long leftOver = budget - apportioned;
        List<Apportioned> byRemainder = shares.stream()
                .sorted(Comparator.comparingLong(Apportioned::remainder).reversed()
                        .thenComparing(Apportioned::entitlement, LEFT_OVER_TIE_ORDER))
                .toList();
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < byRemainder.size(); i++) {
            Apportioned share = byRemainder.get(i);
            share.entitlement().granted(share.wholeYuan() + (i < leftOver ? 1 : 0)).ifPresent(grants::add);
        }
        grants.sort(Comparator.comparing(Grant::memberNumber));
        return grants;
    }

    /** What a member is owed in this run before the budget, in whole yuan. */
    private record Entitlement(GrantCandidate candidate, long yuan) {
        Optional<Grant> granted(long amount) {
            return amount == 0 ? Optional.empty() : Optional.of(new Grant(candidate.memberNumber(), GrantKind.GRANT,
                    candidate.burden(), Money.yuan(yuan), Money.yuan(amount)));
        }
    }

    private record Apportioned(Entitlement entitlement, long wholeYuan, long remainder) {
    }
}
