package org.huzhu.domain.model.letter;

import static org.huzhu.domain.model.shared.ChineseAmounts.yuan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.grant.GrantBasis;
import org.huzhu.domain.model.grant.GrantExplanation;
import org.huzhu.domain.model.grant.GrantKind;
import org.huzhu.domain.model.grant.GrantTerms;
import org.huzhu.domain.model.shared.Money;

/**
 * A grant or condolence payout as its grant letter needs it, straight from the register: what the run decided, the
 * member's figures it decided from (stored with the payout) and the payee as stored.
 * <p>
 * The calculation is {@link GrantExplanation}'s, with the terms the run used ({@link GrantTerms#defaults()}, as in
 * {@code HardshipGrantDecider}).
 *
 * @param unscaledAmount what the member was owed in this run before the budget was apportioned
 * @param amount         what is paid
 * @param budget         the run's budget for grants
 */
public record DecidedGrant(String grantNo, GrantKind kind, int year, Money burden, Money unscaledAmount, Money amount,
                           GrantBasis basis, Money budget, PayeeOnRecord payee) {

    private static final GrantTerms TERMS = GrantTerms.defaults();

    public DecidedGrant {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
    }

    /** One line a step, as {@link GrantExplanation} tells it; the amount column holds the result of the step. */
    public List<CalculationLine> calculation() {
        List<GrantExplanation.Step> steps;
        try {
            steps = kind == GrantKind.CONDOLENCE
                    ? GrantExplanation.ofCondolence(amount)
                    : GrantExplanation.ofGrant(TERMS, basis, burden, unscaledAmount, amount, budget);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(grantNo + ": " + e.getMessage(), e);
        }
        return steps.stream().map(step -> new CalculationLine(step.label(), yuan(step.amount()))).toList();
    }

    public LetterDraft draft(Optional<LocalDate> expectedPaymentDate) {
        Payee masked = payee.masked(grantNo);
        List<CalculationLine> calculation = calculation();
        GrantLetterContent.Kind letterKind = kind == GrantKind.GRANT
                ? GrantLetterContent.Kind.GRANT : GrantLetterContent.Kind.CONDOLENCE;
        Optional<Money> remainingBurden = kind == GrantKind.GRANT ? Optional.of(burden) : Optional.empty();
        return issue -> new GrantLetterContent(issue, masked, grantNo, letterKind, year, remainingBurden, calculation,
                amount, expectedPaymentDate);
    }
}
