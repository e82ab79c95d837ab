package org.huzhu.domain.model.grant;

import org.huzhu.domain.model.member.HardshipLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huzhu.domain.model.shared.Money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class HardshipGrantPropertyTest {

    private static final Money NO_LIMIT = Money.yuan(100_000_000);

    private final HardshipGrantCalculator calculator = new HardshipGrantCalculator(GrantTerms.defaults());

    @Property
    void apportionedGrantsAddUpToTheBudgetWhenTheyExceedIt(@ForAll("members") List<GrantCandidate> members,
            @ForAll @IntRange(max = 999) int budgetPermille) {
        Money unscaledTotal = calculator.run(members, NO_LIMIT).grantTotal();
        Assume.that(unscaledTotal.isPositive());
        Money budget = unscaledTotal.times(budgetPermille).times(new BigDecimal("0.001")).roundedDownToYuan();

        assertEquals(budget, calculator.run(members, budget).grantTotal());
    }

    @Property
    void noGrantExceedsItsUnscaledAmount(@ForAll("members") List<GrantCandidate> members,
            @ForAll @IntRange(max = 100_000) int budgetYuan) {
        Map<String, Grant> unscaled = calculator.run(members, NO_LIMIT).grants().stream()
                .collect(Collectors.toMap(Grant::memberNumber, Function.identity()));

        for (Grant grant : calculator.run(members, Money.yuan(budgetYuan)).grants()) {
            Money unscaledAmount = unscaled.get(grant.memberNumber()).amount();
            assertEquals(unscaledAmount, grant.unscaledAmount());
            assertTrue(grant.amount().compareTo(unscaledAmount) <= 0, grant::toString);
        }
    }

    @Property
    void inputOrderDoesNotMatter(@ForAll("members") List<GrantCandidate> members,
            @ForAll @IntRange(max = 100_000) int budgetYuan, @ForAll Random random) {
        List<GrantCandidate> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, random);

        assertEquals(calculator.run(members, Money.yuan(budgetYuan)), calculator.run(shuffled, Money.yuan(budgetYuan)));
    }

    @Provide
    Arbitrary<List<GrantCandidate>> members() {
        // Few distinct burdens, so that equal remainders and equal burdens meet.
        Arbitrary<Long> selfPaidFen = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.of(1_000_000L, 2_000_000L, 3_000_000L, 10_000_000L));
        Arbitrary<Candidate> candidate = Combinators.combine(selfPaidFen,
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(HardshipLevel.class),
                Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 5_000)),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Candidate::new);
        return candidate.list().ofMaxSize(40).map(HardshipGrantPropertyTest::numbered);
    }

    private record Candidate(long selfPaidFen, int percentPaidByMutualAid, HardshipLevel hardship, long grantsPaid,
            boolean condolencePaid, boolean criticalOrFemaleSettled) {
    }

    private static List<GrantCandidate> numbered(List<Candidate> candidates) {
        List<GrantCandidate> members = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            members.add(new GrantCandidate("M%05d".formatted(i), Money.fen(candidate.selfPaidFen()),
                    Money.fen(candidate.selfPaidFen() * candidate.percentPaidByMutualAid() / 100),
                    candidate.hardship(), Money.yuan(candidate.grantsPaid()), candidate.condolencePaid(),
                    candidate.criticalOrFemaleSettled()));
        }
        return members;
    }
}
